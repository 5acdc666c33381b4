package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The event each entry of the search index belongs to, by the entry's rowid (none for an article's passage), read
 * once and kept while the database is unchanged. A search made while filters hide events tests every match's
 * event: read from the index's content row by row that cost 2-3 µs a match, 0.2-0.5 s for a word in every title
 * at 100,000 events; looked up here it costs an array read (decision 0149). The other way, an event's entries let a
 * search read a word's matches among a person's events alone, not among the whole index (decision 0158).
 */
final class SearchEntryEvents {

    /** Gives the entries as they are now: the store's kept ones, read again only when the database has changed. */
    @FunctionalInterface
    interface Source {
        SearchEntryEvents get() throws SQLException;
    }

    private final DatabaseVersion version;
    /** By rowid; null for an article's passage. Equal ids are one String, so a set's hash of it is made once. */
    private final String[] eventOf;
    /**
     * By rowid, the rowid of the entry's event in the events' table; 0 for a passage. What a search tests each match
     * against the events NOT leaves out by, as bits: read as strings, 100,000 such events had cost 250 ms.
     */
    private final int[] eventRowOf;
    /** Each event's rowid in the events' table, by its id. */
    private final Map<String, Integer> eventRows;
    /** The rowids of each event's entries: its title and summary, its quotes. */
    private final Map<String, long[]> entriesOf;

    private SearchEntryEvents(DatabaseVersion version, String[] eventOf, int[] eventRowOf,
            Map<String, Integer> eventRows, Map<String, long[]> entriesOf) {
        this.version = version;
        this.eventOf = eventOf;
        this.eventRowOf = eventRowOf;
        this.eventRows = eventRows;
        this.entriesOf = entriesOf;
    }

    /** {@code kept} when the database is as it was when it was read, else the entries read afresh. */
    static SearchEntryEvents current(Connection connection, SearchEntryEvents kept) throws SQLException {
        DatabaseVersion now = DatabaseVersion.of(connection);
        return kept != null && kept.version.equals(now) ? kept : read(connection, now);
    }

    /** The event of the entry {@code rowid}: null for a passage, or for a rowid the index does not hold. */
    String eventOf(long rowid) {
        return rowid >= 0 && rowid < eventOf.length ? eventOf[(int) rowid] : null;
    }

    /**
     * The rowid in the events' table of the event of the entry {@code rowid}: 0 for a passage, for a rowid the index
     * does not hold, or for an event the table does not hold.
     */
    int eventRowOf(long rowid) {
        return rowid >= 0 && rowid < eventRowOf.length ? eventRowOf[(int) rowid] : 0;
    }

    /** The rowid in the events' table of the event {@code id}: 0 for one the table does not hold. */
    int eventRowOf(String id) {
        return eventRows.getOrDefault(id, 0);
    }

    /** The rowids of the entries of {@code events}, in no order: none for an event the index does not hold. */
    long[] entriesOf(Collection<String> events) {
        int n = 0;
        for (String e : events) {
            n += entriesOf.getOrDefault(e, NONE).length;
        }
        long[] rowids = new long[n];
        int at = 0;
        for (String e : events) {
            long[] its = entriesOf.getOrDefault(e, NONE);
            System.arraycopy(its, 0, rowids, at, its.length);
            at += its.length;
        }
        return rowids;
    }

    private static final long[] NONE = new long[0];

    private static SearchEntryEvents read(Connection connection, DatabaseVersion version) throws SQLException {
        String[] eventOf = new String[1024];
        int[] eventRowOf = new int[1024];
        Map<String, Integer> rows = eventRows(connection);
        Map<String, String> same = new HashMap<>();
        Map<String, long[]> entriesOf = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "search_entry_events"));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int rowid = Math.toIntExact(rs.getLong(1));
                String event = rs.getString(2);
                if (event != null && rowid >= 0) {
                    if (rowid >= eventOf.length) {
                        eventOf = Arrays.copyOf(eventOf, Math.max(rowid + 1, eventOf.length * 2));
                        eventRowOf = Arrays.copyOf(eventRowOf, eventOf.length);
                    }
                    eventOf[rowid] = same.computeIfAbsent(event, e -> e);
                    eventRowOf[rowid] = rows.getOrDefault(event, 0);
                    if (event.isEmpty()) {
                        continue;
                    }
                    // Most events have one entry, a few their quotes too: an array grown by one is small enough.
                    long[] its = entriesOf.get(event);
                    long[] grown = its == null ? new long[1] : Arrays.copyOf(its, its.length + 1);
                    grown[grown.length - 1] = rowid;
                    entriesOf.put(eventOf[rowid], grown);
                }
            }
        }
        return new SearchEntryEvents(version, eventOf, eventRowOf, rows, entriesOf);
    }

    /** Every event's rowid by its id; those below 1 or past an int's range left out (the writer's are ord + 1). */
    private static Map<String, Integer> eventRows(Connection connection) throws SQLException {
        Map<String, Integer> rows = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "event_rows"));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long row = rs.getLong(2);
                if (row >= 1 && row <= Integer.MAX_VALUE) {
                    rows.put(rs.getString(1), (int) row);
                }
            }
        }
        return rows;
    }
}
