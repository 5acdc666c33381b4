package org.parley.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The list of tables a current database must hold is the list the bundled migrations make. */
class SchemaTablesTest {

    @TempDir
    Path dir;

    @Test
    void theListedTablesAreTheOnesTheMigrationsMake() throws Exception {
        List<String> made = new ArrayList<>();
        List<String> virtual = new ArrayList<>();
        try (Connection c = StoreFile.open(dir.resolve("fresh.db"), Migrations.bundled());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                made.add(rs.getString(1));
                if (rs.getString(2).startsWith("CREATE VIRTUAL TABLE")) {
                    virtual.add(rs.getString(1));
                }
            }
            assertEquals(Optional.empty(), SchemaTables.firstMissing(c));
        } finally {
            OpenDatabases.closed(dir.resolve("fresh.db"));
        }
        // The shadow tables SQLite keeps for a virtual table ("search_index_data") go and come with it.
        List<String> own = made.stream().filter(t -> virtual.stream().noneMatch(v -> t.startsWith(v + "_"))).toList();
        assertEquals(own, SchemaTables.CURRENT.stream().sorted().toList());
    }

    @Test
    void theListedColumnsAreTheOnesTheMigrationsMake() throws Exception {
        Map<String, List<String>> made = new LinkedHashMap<>();
        try (Connection c = StoreFile.open(dir.resolve("fresh.db"), Migrations.bundled());
             Statement st = c.createStatement()) {
            for (String table : SchemaTables.CURRENT) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid")) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                    }
                }
                made.put(table, columns);
            }
        } finally {
            OpenDatabases.closed(dir.resolve("fresh.db"));
        }
        assertEquals(made, SchemaTables.COLUMNS);
    }

    /** Found by a hostile-input helper: "ALTER TABLE quotes DROP COLUMN ord" had left SQLite's "no such column: ord". */
    @Test
    void aColumnAnotherProgramDroppedIsNamedWithItsTable() throws Exception {
        Path db = dir.resolve("p.db");
        try (Connection c = StoreFile.open(db, Migrations.bundled())) {
            assertEquals(Optional.empty(), SchemaTables.firstMissing(c));
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE quotes DROP COLUMN ord");
                st.execute("ALTER TABLE quotes ADD COLUMN added_elsewhere TEXT");
            }
            assertEquals(Optional.of("the column \"ord\" of the table \"quotes\""), SchemaTables.firstMissing(c));
        } finally {
            OpenDatabases.closed(db);
        }
    }
}
