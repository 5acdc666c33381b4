package org.parley.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
}
