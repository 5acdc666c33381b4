package org.parley.app;

import org.parley.model.CountText;
import org.parley.store.DatasetInfo;

/**
 * An import would replace a dataset the user imported; nothing was changed. Carries what would be
 * lost, so the CLI can name it and the GUI can ask.
 */
public final class UserDataAtRisk extends RuntimeException {

    private final transient DatasetInfo current;
    private final long events;
    private final long quotes;
    private final long sources;

    public UserDataAtRisk(DatasetInfo current, long events, long quotes, long sources) {
        super("the database holds your dataset \"" + current.title() + "\" (" + events + " events, " + quotes
                + " quotes, " + sources + " sources, imported " + current.importedAt() + "); importing would replace it");
        this.current = current;
        this.events = events;
        this.quotes = quotes;
        this.sources = sources;
    }

    public DatasetInfo current() {
        return current;
    }

    /** "“Title”: 6,262 events, 80 quotes and 2 sources", for a question or a message. */
    public String whatWouldBeLost() {
        return "“" + current.title() + "”: " + CountText.count(events, "event") + ", " + CountText.count(quotes, "quote") + " and "
                + CountText.count(sources, "source");
    }

}
