package org.parley.store;

import org.parley.model.Dataset;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks and rebuilds the full-text index. Its content lives only in the index, so a damaged one
 * is dropped, created again as the first migration made it, and filled from the model tables.
 */
final class SearchIndexRepair {


    private final Connection connection;
    /** The database's file, named when another program's lock stops the check: "another program" alone named none. */
    private final Path file;

    SearchIndexRepair(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** FTS5's own check that the index matches its content; empty when it does. Throws when the database is locked. */
    List<String> check() {
        List<String> problems = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            st.execute("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 0)");
        } catch (SQLException e) {
            // The check writes to the index, so another program's lock stops it: that is no damage.
            if (StoreErrors.busy(e)) {
                throw new StoreException(file + ": " + StoreErrors.describe(e), e);
            }
            problems.add("the search index is damaged: " + e.getMessage());
        }
        if (problems.isEmpty()) {
            problems.addAll(stale());
        }
        return problems;
    }

    /**
     * What {@link #check} finds without writing, for a database opened read-only: SQLite's own
     * integrity check reads FTS5's index there instead.
     */
    List<String> checkWithoutWriting() {
        return stale();
    }

    /** Whether the index lists what the tables hold now (read only, no FTS5 check: what another program's change leaves). */
    boolean inStep() {
        return stale().isEmpty();
    }

    /**
     * Entries that point at what is no longer stored, events or quotes it does not list, or entries whose words
     * are no longer those of their event or quote: FTS5's check
     * compares the index with its own copy of the text, so rows deleted from the tables by another
     * tool leave a sound index that finds what is gone, and rows it changed one that finds their old words.
     */
    private List<String> stale() {
        List<String> problems = new ArrayList<>();
        String orphans = "SELECT count(*) FROM search_index s WHERE "
                + "(NULLIF(s.event_id, '') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = s.event_id)) "
                + "OR (NULLIF(s.quote_id, '') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.id = s.quote_id)) "
                + "OR (NULLIF(s.source_id, '') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sources o WHERE o.id = s.source_id))";
        // One pass over the index (a lookup per event would scan it once per event).
        String missing = "SELECT (SELECT count(*) FROM events) - (SELECT count(DISTINCT s.event_id) FROM search_index s "
                + "JOIN events e ON e.id = s.event_id WHERE s.kind = 'EVENT')";
        String missingQuotes = "SELECT (SELECT count(*) FROM quotes) - (SELECT count(DISTINCT s.quote_id) FROM search_index s "
                + "JOIN quotes q ON q.id = s.quote_id WHERE s.kind = 'QUOTE')";
        // Rows another program changed in place (an event retitled in the sqlite3 shell): FTS5's own check
        // is content, yet the index finds the old words and misses the new. One pass over the index, each
        // entry's row found by its key.
        String changed = "SELECT count(*) FROM search_index s LEFT JOIN events e ON s.kind = 'EVENT' AND e.id = s.event_id "
                + "LEFT JOIN quotes q ON s.kind = 'QUOTE' AND q.id = s.quote_id "
                + "LEFT JOIN actors a ON a.id = q.speaker_id "
                + "WHERE (e.id IS NOT NULL AND (s.title IS NOT e.title OR s.body IS NOT e.summary OR s.label IS NOT e.title)) "
                + "OR (q.id IS NOT NULL AND (s.body IS NOT q.text OR s.label IS NOT COALESCE(a.name, q.speaker_id) "
                + "OR s.event_id IS NOT q.event_id))";
        try (Statement st = connection.createStatement()) {
            long gone = count(st, orphans);
            if (gone > 0) {
                problems.add("the search index has " + gone + " entries for events, quotes or articles no longer stored");
            }
            long unlisted = count(st, missing);
            if (unlisted > 0) {
                problems.add("the search index does not list " + unlisted + " stored events");
            }
            long unlistedQuotes = count(st, missingQuotes);
            if (unlistedQuotes > 0) {
                problems.add("the search index does not list " + unlistedQuotes + " stored quote"
                        + (unlistedQuotes == 1 ? "" : "s"));
            }
            long differing = count(st, changed);
            if (differing > 0) {
                problems.add("the search index holds the old words of " + differing
                        + " events or quotes changed since it was written");
            }
        } catch (SQLException e) {
            if (StoreErrors.busy(e)) {
                throw new StoreException(file + ": " + StoreErrors.describe(e), e);
            }
            problems.add("the search index cannot be compared with the data: " + e.getMessage());
        }
        return problems;
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** In the caller's transaction: a new, empty index, filled from {@code ds}. */
    void rebuild(Dataset ds) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS search_index");
            st.execute(createStatement());
        }
        SearchIndexWriter.write(connection, ds.sources());
    }

    private static String createStatement() {
        for (Migrations.Script script : Migrations.bundled().scripts()) {
            for (String sql : SqlResource.statements(script.sql())) {
                if (sql.startsWith("CREATE VIRTUAL TABLE search_index")) {
                    return sql;
                }
            }
        }
        throw new IllegalStateException("no migration creates search_index");
    }
}
