package org.parley.store;

import org.parley.model.Dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks and rebuilds the full-text index. Its content lives only in the index, so a damaged one
 * is dropped, created again as the first migration made it, and filled from the model tables.
 */
final class SearchIndexRepair {

    private static final Map<String, String> WRITE_SQL = SqlResource.named("sql/write.sql");

    private final Connection connection;

    SearchIndexRepair(Connection connection) {
        this.connection = connection;
    }

    /** FTS5's own check that the index matches its content; empty when it does. Throws when the database is locked. */
    List<String> check() {
        List<String> problems = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            st.execute("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 0)");
        } catch (SQLException e) {
            // The check writes to the index, so another program's lock stops it: that is no damage.
            if (StoreErrors.busy(e)) {
                throw new StoreException("cannot check the search index: " + StoreErrors.describe(e), e);
            }
            problems.add("the search index is damaged: " + e.getMessage());
        }
        return problems;
    }

    /** In the caller's transaction: a new, empty index, filled from {@code ds}. */
    void rebuild(Dataset ds) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS search_index");
            st.execute(createStatement());
        }
        SearchIndexWriter.write(name -> new Batch(connection, SqlResource.statement(WRITE_SQL, name)), ds);
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
