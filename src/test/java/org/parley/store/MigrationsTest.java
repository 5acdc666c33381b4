package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    private static final Migrations.Script FIRST = new Migrations.Script("0001-a.sql",
            "CREATE TABLE a (x);\nPRAGMA application_id = " + ParleyFileCheck.APPLICATION_ID + ";\n");
    private static final Migrations.Script SECOND = new Migrations.Script("0002-b.sql",
            "-- adds b\nCREATE TABLE b (y);\nINSERT INTO b VALUES (1);\n");
    private static final Migrations.Script BROKEN = new Migrations.Script("0002-broken.sql",
            "CREATE TABLE b (y);\nTHIS IS NOT SQL;\n");

    @TempDir
    Path dir;

    private int version(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return Migrations.userVersion(c);
        }
    }

    private List<String> tables(Path file) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void appliesOnlyWhatIsPendingAndCountsVersions() throws SQLException {
        Path file = dir.resolve("m.db");
        StoreFile.open(file, new Migrations(List.of(FIRST))).close();
        assertEquals(1, version(file));

        StoreFile.open(file, new Migrations(List.of(FIRST, SECOND))).close();

        assertEquals(2, version(file));
        assertEquals(List.of("a", "b"), tables(file));
    }

    @Test
    void aFailingMigrationIsRolledBackAndNamed() throws SQLException {
        Path file = dir.resolve("m.db");
        // An existing database: a new one that cannot be made whole is removed (see the next test).
        StoreFile.open(file, new Migrations(List.of(FIRST))).close();

        StoreException e = assertThrows(StoreException.class,
                () -> StoreFile.open(file, new Migrations(List.of(FIRST, BROKEN))));

        assertTrue(e.getMessage().contains("0002-broken.sql"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals(1, version(file), "the first migration stays; the broken one left nothing");
        assertEquals(List.of("a"), tables(file));
    }

    /** A new database whose migration fails is not left half made, as a full disk left one at 4 KB. */
    @Test
    void aNewDatabaseThatCannotBeMadeWholeIsRemoved() {
        Path file = dir.resolve("new.db");

        assertThrows(StoreException.class, () -> StoreFile.open(file, new Migrations(List.of(FIRST, BROKEN))));

        assertFalse(Files.exists(file), "no half-made database");
        for (String suffix : List.of("-wal", "-shm", "-journal")) {
            assertFalse(Files.exists(dir.resolve("new.db" + suffix)), suffix);
        }
    }

    @Test
    void theBundledMigrationsAreNumberedInOrder() {
        List<Migrations.Script> scripts = Migrations.bundled().scripts();
        assertTrue(!scripts.isEmpty());
        for (int i = 0; i < scripts.size(); i++) {
            String expectedPrefix = String.format("%04d-", i + 1);
            assertTrue(scripts.get(i).name().startsWith(expectedPrefix), scripts.get(i).name());
            assertFalse(SqlResource.statements(scripts.get(i).sql()).isEmpty(), scripts.get(i).name());
        }
    }
}
