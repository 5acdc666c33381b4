package org.parley.app;

import org.parley.model.CountText;
import org.parley.seed.Printable;
import org.parley.store.DatasetInfo;
import org.parley.store.Origin;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

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
    /**
     * How many records differ from the incoming dataset's, when what is stored is a version of it (the
     * bundled week edited, in the sqlite3 shell or kept through "Keep these changes"); -1 otherwise.
     */
    private final long edits;
    /** Where the copy made before replacing would be kept (the backups folder); null when not known. */
    private final transient Path backupFolder;

    public UserDataAtRisk(DatasetInfo current, long events, long quotes, long sources) {
        this(current, events, quotes, sources, "");
    }

    public UserDataAtRisk(DatasetInfo current, long events, long quotes, long sources, String incoming) {
        this("the database holds your dataset \"" + Printable.title(current.title()) + "\" (" + events + " events, " + quotes
                + " quotes, " + sources + " sources, imported " + current.importedAt() + "); importing would replace it",
                current, events, quotes, sources, incoming, false);
    }

    private UserDataAtRisk(String message, DatasetInfo current, long events, long quotes, long sources, String incoming,
                           boolean recordLost) {
        this(message, current, events, quotes, sources, incoming, recordLost, -1, null);
    }

    private UserDataAtRisk(String message, DatasetInfo current, long events, long quotes, long sources, String incoming,
                           boolean recordLost, long edits, Path backupFolder) {
        super(message);
        this.current = current;
        this.events = events;
        this.quotes = quotes;
        this.sources = sources;
        this.incoming = incoming;
        this.recordLost = recordLost;
        this.edits = edits;
        this.backupFolder = backupFolder;
    }

    /**
     * The database holds {@code incoming} with {@code edits} of its records changed since it was
     * imported (in another program, kept or not): putting it back would replace those edits.
     */
    public static UserDataAtRisk edited(DatasetInfo current, long edits, long events, long quotes, long sources,
                                        String incoming) {
        return new UserDataAtRisk("the database holds \"" + Printable.title(current.title()) + "\" with your edits to "
                + CountText.count(edits, "record") + " (made since it was imported); importing would replace them",
                current, events, quotes, sources, incoming, false, edits, null);
    }

    /** The same question, saying that the copy made first would be kept in {@code folder}. */
    public UserDataAtRisk keptIn(Path folder) {
        return new UserDataAtRisk(getMessage(), current, events, quotes, sources, incoming, recordLost, edits, folder);
    }

    /** Where a backup of what would be lost is kept, if the question is answered yes. */
    public Optional<Path> backupFolder() {
        return Optional.ofNullable(backupFolder);
    }

    /** How many records were edited, when what is stored is an edited version of the incoming dataset. */
    public OptionalLong edits() {
        return edits < 0 ? OptionalLong.empty() : OptionalLong.of(edits);
    }

    /**
     * The database holds a dataset's rows without its record (lost, or on a damaged page): they may be
     * the user's, so they are asked about as theirs. Agreeing to lose them is agreeing to lose whatever
     * is there: {@link #current}'s content hash is empty.
     */
    public static UserDataAtRisk recordLost(long events, long quotes, long sources, String incoming) {
        DatasetInfo unknown = new DatasetInfo("", "", Origin.USER, Instant.EPOCH);
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
        if (edits >= 0) {
            return "your edits to " + CountText.count(edits, "record") + " of “" + Printable.title(current.title()) + "”";
        }
        return recordLost ? "(its record is lost): " + counts : "“" + Printable.title(current.title()) + "”: " + counts;
    }

}
