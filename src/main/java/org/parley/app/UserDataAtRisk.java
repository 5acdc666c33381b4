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

    /** The title of the dataset that would take its place; "" when not known. */
    private final String incoming;

    public UserDataAtRisk(DatasetInfo current, long events, long quotes, long sources) {
        this(current, events, quotes, sources, "");
    }

    public UserDataAtRisk(DatasetInfo current, long events, long quotes, long sources, String incoming) {
        super("the database holds your dataset \"" + current.title() + "\" (" + events + " events, " + quotes
                + " quotes, " + sources + " sources, imported " + current.importedAt() + "); importing would replace it");
        this.current = current;
        this.events = events;
        this.quotes = quotes;
        this.sources = sources;
        this.incoming = incoming;
    }

    /** The title of the dataset the import would put in its place ("" if not known): two files may share a name. */
    public String incoming() {
        return incoming;
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
