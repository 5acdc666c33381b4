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
    /** The rows are there but not the dataset's record: whose they are, and their title, are not known. */
    private final boolean recordLost;

    public UserDataAtRisk(DatasetInfo current, long events, long quotes, long sources) {
        this(current, events, quotes, sources, "");
    }

    public UserDataAtRisk(DatasetInfo current, long events, long quotes, long sources, String incoming) {
        this("the database holds your dataset \"" + current.title() + "\" (" + events + " events, " + quotes
                + " quotes, " + sources + " sources, imported " + current.importedAt() + "); importing would replace it",
                current, events, quotes, sources, incoming, false);
    }

    private UserDataAtRisk(String message, DatasetInfo current, long events, long quotes, long sources, String incoming,
                           boolean recordLost) {
        super(message);
        this.current = current;
        this.events = events;
        this.quotes = quotes;
        this.sources = sources;
        this.incoming = incoming;
        this.recordLost = recordLost;
    }

    /**
     * The database holds a dataset's rows without its record (lost, or on a damaged page): they may be
     * the user's, so they are asked about as theirs. Agreeing to lose them is agreeing to lose whatever
     * is there: {@link #current}'s content hash is empty.
     */
    public static UserDataAtRisk recordLost(long events, long quotes, long sources, String incoming) {
        DatasetInfo unknown = new DatasetInfo("", "", org.parley.store.Origin.USER, java.time.Instant.EPOCH);
        return new UserDataAtRisk("the database holds a dataset whose record is lost or unreadable, perhaps yours ("
                + events + " events, " + quotes + " quotes, " + sources + " sources); importing would replace it",
                unknown, events, quotes, sources, incoming, true);
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
        String counts = CountText.count(events, "event") + ", " + CountText.count(quotes, "quote") + " and "
                + CountText.count(sources, "source");
        return recordLost ? "(its record is lost): " + counts : "“" + current.title() + "”: " + counts;
    }

}
