package org.parley.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tables a current database holds, as the migrations make them. A table another program removed
 * (DB Browser, the sqlite3 shell) left a file that opens, and then every read of it failed in SQLite's
 * words ("no such table: quotes"), a repair too; missing one, the database is taken for damaged beyond
 * opening, which a backup put in its place mends. Listed rather than derived from the migrations at
 * each open, which would run them all; {@code SchemaTablesTest} keeps the list equal to what they make.
 */
final class SchemaTables {

    /** Every table of the latest schema, virtual ones included; the shadow tables SQLite keeps for them are not. */
    static final List<String> CURRENT = List.of("dataset", "sources", "source_parts", "actors", "actor_aliases", "places",
            "events", "event_refers", "event_actors", "evidence", "quotes", "divergences", "readings", "divergence_events",
            "positions", "position_evidence", "stances", "position_events", "event_spans", "search_index");

    private SchemaTables() {
    }

    /** The first table of the current schema that {@code connection}'s database lacks, in the order listed. */
    static Optional<String> firstMissing(Connection connection) throws SQLException {
        Set<String> present = new HashSet<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        }
        return CURRENT.stream().filter(t -> !present.contains(t)).findFirst();
    }
}
