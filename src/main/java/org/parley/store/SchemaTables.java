package org.parley.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables a current database holds, with their columns, as the migrations make them. A table or a
 * column another program removed (DB Browser, the sqlite3 shell, {@code ALTER TABLE … DROP COLUMN}) left
 * a file that opens, and then every read of it failed in SQLite's words ("no such table: quotes", "no such
 * column: ord"), a repair too; missing one, the database is taken for damaged beyond opening, which a
 * backup put in its place mends. Columns another program added are left alone: nothing Parley reads
 * names them. Listed rather than derived from the migrations at each open, which would run them all;
 * {@code SchemaTablesTest} keeps the list equal to what they make.
 */
final class SchemaTables {

    /** Every table of the latest schema and its columns, virtual ones included; their shadow tables are not. */
    static final Map<String, List<String>> COLUMNS = columns();

    /** Every table of the latest schema, in the order they are checked. */
    static final List<String> CURRENT = List.copyOf(COLUMNS.keySet());

    private SchemaTables() {
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("dataset", List.of("id", "title", "description", "content_hash", "origin", "imported_at", "focus_from",
                "focus_to", "zone", "bundle_fingerprint"));
        c.put("sources", List.of("id", "ord", "publisher", "title", "published", "dateline", "language", "file", "text",
                "url"));
        c.put("source_parts", List.of("source_id", "ord", "kind", "text", "span_start", "span_end"));
        c.put("actors", List.of("id", "ord", "name", "kind", "grp", "affiliation", "role", "note"));
        c.put("actor_aliases", List.of("actor_id", "ord", "alias"));
        c.put("places", List.of("id", "ord", "name", "lat", "lon", "kind", "country", "note", "within"));
        c.put("events", List.of("id", "ord", "title", "summary", "start_text", "end_text", "precision", "zone",
                "start_local", "end_local", "start_millis", "end_millis", "day_order", "place_id", "kind", "cameo", "track",
                "inferred", "note", "modality"));
        c.put("event_refers", List.of("event_id", "ord", "place_id"));
        c.put("event_actors", List.of("event_id", "ord", "actor_id", "role"));
        c.put("evidence", List.of("event_id", "ord", "source_id", "text", "span_start", "span_end", "attribution"));
        c.put("quotes", List.of("id", "ord", "text", "speaker_id", "source_id", "event_id", "span_start", "span_end"));
        c.put("divergences", List.of("id", "ord", "topic", "note"));
        c.put("readings", List.of("divergence_id", "ord", "source_id", "text", "span_start", "span_end"));
        c.put("divergence_events", List.of("divergence_id", "ord", "event_id"));
        c.put("positions", List.of("id", "ord", "title", "kind", "by_id"));
        c.put("position_evidence", List.of("position_id", "stance_ord", "ord", "source_id", "text", "span_start",
                "span_end", "attribution"));
        c.put("stances", List.of("position_id", "ord", "actor_id", "stance"));
        c.put("position_events", List.of("position_id", "ord", "event_id"));
        c.put("search_index", List.of("kind", "event_id", "quote_id", "source_id", "label", "span_start", "span_end",
                "title", "body"));
        return c;
    }

    /**
     * What of the current schema {@code connection}'s database lacks, first in the order listed, in words:
     * {@code the table "quotes"}, or {@code the column "ord" of the table "quotes"}; empty when it lacks nothing.
     */
    static Optional<String> firstMissing(Connection connection) throws SQLException {
        Map<String, Set<String>> present = new HashMap<>();
        // One query for every table's columns: a table with no columns (none has) could not be told from a missing one.
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
                     + "WHERE m.type = 'table'")) {
            while (rs.next()) {
                present.computeIfAbsent(rs.getString(1), t -> new HashSet<>()).add(rs.getString(2));
            }
        }
        for (Map.Entry<String, List<String>> table : COLUMNS.entrySet()) {
            Set<String> has = present.get(table.getKey());
            if (has == null) {
                return Optional.of("the table \"" + table.getKey() + "\"");
            }
            for (String column : table.getValue()) {
                if (!has.contains(column)) {
                    return Optional.of("the column \"" + column + "\" of the table \"" + table.getKey() + "\"");
                }
            }
        }
        return Optional.empty();
    }
}
