package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.parley.model.Source;
import org.parley.model.Span;

/**
 * Fills the full-text index: one entry per event, per quote, per source paragraph, in that order,
 * whether after a whole dataset is written or after an import streamed it, so both give the same
 * index, row for row. Events and quotes are copied from their stored rows inside SQLite: binding
 * their texts through JDBC a second time cost an import of 100,000 events half a second.
 */
final class SearchIndexWriter {

    private SearchIndexWriter() {
    }

    /** The entries of the stored events and quotes, then of the passages of {@code sources}. */
    static void write(Connection connection, List<Source> sources) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(SqlResource.statement(StoredDatasetWriter.SQL, "search_events"));
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
