package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFileTest {

    @TempDir
    Path dir;

    private static String pragma(ParleyStore store, String name) throws SQLException {
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    private static int latest() {
        return Migrations.bundled().latestVersion();
    }

    @Test
    void aMissingFileIsCreatedAndMigrated() throws SQLException {
        Path file = dir.resolve("folder/new.db");
        assertFalse(Files.exists(file));
        try (ParleyStore store = ParleyStore.open(file)) {
            assertTrue(Files.exists(file));
            assertEquals(Integer.toString(latest()), pragma(store, "user_version"));
            assertTrue(store.isEmpty());
        }
    }

    @Test
    void anEmptyFileIsMigrated() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (ParleyStore store = ParleyStore.open(file)) {
            assertEquals(Integer.toString(latest()), pragma(store, "user_version"));
            store.importDataset(Fixtures.other(), "h", Origin.USER);
            assertEquals(Fixtures.other(), store.loadDataset());
        }
    }

    @Test
    void reopeningAMigratedFileKeepsItsVersionAndContent() throws SQLException {
        Path file = dir.resolve("p.db");
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(Fixtures.other(), "h", Origin.USER);
        }
        try (ParleyStore store = ParleyStore.open(file)) {
            assertEquals(Integer.toString(latest()), pragma(store, "user_version"));
            assertEquals("h", store.info().orElseThrow().contentHash());
        }
    }

    /* How long a statement waits for another program's hold is SQLite's busy handler now, not its busy_timeout
     * pragma (decision 0180): HeldDatabaseTest checks the wait, and that it is said as it begins. */
    @Test
    void foreignKeysAndWriteAheadLoggingAreOn() throws SQLException {
        try (ParleyStore store = ParleyStore.open(dir.resolve("p.db"))) {
            assertEquals("1", pragma(store, "foreign_keys"));
            assertEquals("wal", pragma(store, "journal_mode"));
        }
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("notes.db");
        byte[] content = "These are my notes, not a database.\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);

        StoreException e = assertThrows(StoreException.class, () -> ParleyStore.open(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not"), e.getMessage());
        assertArrayEquals(content, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("notes.db-wal")));
    }

    @Test
    void aTinyNonSqliteFileIsRefusedToo() throws Exception {
        Path file = dir.resolve("tiny.db");
        Files.write(file, new byte[] {1, 2, 3});
        assertThrows(StoreException.class, () -> ParleyStore.open(file));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(file));
    }

    @Test
    void aDatabaseFromANewerParleyIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
            st.execute("PRAGMA application_id = " + ParleyFileCheck.APPLICATION_ID);
            st.execute("PRAGMA user_version = " + (latest() + 1));
        }
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> ParleyStore.open(file));

        assertTrue(e instanceof NewerDatabase, "the window's advice tells this case apart: " + e.getClass());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void scriptsSplitIntoStatementsAndDropComments() {
        assertEquals(List.of("CREATE TABLE a (x);", "CREATE TABLE b (\n  y\n);"),
                SqlResource.statements("-- a comment\nCREATE TABLE a (x);\n\nCREATE TABLE b (\n  y\n);\n"));
    }
}
