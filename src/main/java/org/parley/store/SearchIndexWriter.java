package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.parley.model.Source;
import org.parley.model.Span;

/**
 * Fills the full-text index: one entry per event, per quote, per source paragraph, in that order,
 * whether after a whole dataset is written or after an import streamed it, so both give the same
 * index, row for row. The events' entries are written a stretch at a time as the events come
 * ({@link StoredDatasetWriter}), the quotes' and passages' after the last record. Events and
 * quotes are copied from their stored rows inside SQLite: binding their texts through JDBC a
 * second time cost an import of 100,000 events half a second.
 */
final class SearchIndexWriter {

    private SearchIndexWriter() {
    }

    /** Every entry again, from the stored events and quotes and from {@code sources}: the same as an import's. */
    static void write(Connection connection, List<Source> sources) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(SqlResource.statement(StoredDatasetWriter.SQL, "search_all_events"));
        }
        quotesAndPassages(connection, sources);
    }

    /**
     * The entries of the stored events whose rowids are over {@code after} and up to {@code upTo}, in rowid
     * order: called a stretch at a time, in order, until every event has its entry, before any quote's.
     */
    static void events(Connection connection, long after, long upTo) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetWriter.SQL, "search_events"))) {
            ps.setLong(1, after);
            ps.setLong(2, upTo);
            ps.executeUpdate();
        }
    }

    /** After every event's entry: the entries of the stored quotes, then of the passages of {@code sources}. */
    static void quotesAndPassages(Connection connection, List<Source> sources) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(SqlResource.statement(StoredDatasetWriter.SQL, "search_quotes"));
        }
        try (Batch entries = new Batch(connection, SqlResource.statement(StoredDatasetWriter.SQL, "search_entry"))) {
            for (Source s : sources) {
                passages(entries, s);
            }
        }
    }

    private static void passages(Batch entries, Source s) throws SQLException {
        String label = s.publisher() + " — " + s.title();
        for (Span p : Passages.of(s.text())) {
            entries.add(SearchHit.Kind.PASSAGE.name(), null, null, s.id(), label, p.start(), p.end(), "",
                    s.excerpt(p));
        }
    }
}
