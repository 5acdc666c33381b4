package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database another program holds, as sqlite3's "BEGIN EXCLUSIVE" does, kept open while a command runs.
 * Found by h305: one in SQLite's rollback-journal mode (another program may have switched it) was refused by
 * every command as "cannot prepare database p.db: another program is using …", "prepare" saying nothing to a
 * user, and nothing said that nothing was changed.
 */
class HeldDatabaseTest {

    @TempDir
    Path tmp;

    private static final String HELD = ": another program is using the database (it is locked); close it there or try again";

    /**
     * Said first, as the wait begins: the terminal had stayed silent through it (ten seconds for an import) and
     * only then said the database was locked.
     */
    private static String waiting(Path db) {
        return "parley: waiting for another program to let go of " + db + " (up to 5 s)\u2026\n";
    }

    /** A small generated dataset, for an import --replace to try. */
    private Path anotherDataset() {
        Path other = tmp.resolve("gen");
        assertEquals(0, CliRun.of("generate", "--events", "5", "--out", other.toString()).exit());
        return other;
    }

    @Test
    void everyCommandSaysInOneLineWhoHoldsWhichFileAndChangesNothing() throws Exception {
        Path db = Path.of(CliRun.seeded(tmp.resolve("p.db")));
        Path other = anotherDataset();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
        }
        byte[] before = Files.readAllBytes(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            for (List<String> line : List.of(List.of("stats"), List.of("search", "Geneva"),
                    List.of("export-data", "--format", "csv", "--out", tmp.resolve("csv").toString()),
                    List.of("import", "--replace", other.toString()))) {
                CliRun r = CliRun.on(db, line.get(0), line.subList(1, line.size()).toArray(String[]::new));

                assertEquals(1, r.exit(), line + ": " + r.err());
                assertEquals(waiting(db) + "parley: " + db + HELD + ". Nothing was changed.\n", r.err(), line.toString());
            }
            st.execute("ROLLBACK");
            assertArrayEquals(before, Files.readAllBytes(db));
            assertFalse(Files.exists(tmp.resolve("csv")));
            assertTrue(Arrays.stream(tmp.toFile().list()).noneMatch(n -> n.startsWith("p.db-") || n.endsWith(".part")),
                    Arrays.toString(tmp.toFile().list()));
        }
    }

    /** In Parley's own WAL mode the held database is read as it was; the first write says so, as above. */
    @Test
    void inWalModeItIsReadAndTheImportIsRefused() throws Exception {
        Path db = Path.of(CliRun.seeded(tmp.resolve("p.db")));
        Path other = anotherDataset();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            CliRun stats = CliRun.on(db, "stats");
            CliRun replace = CliRun.on(db, "import", "--replace", other.toString());
            st.execute("ROLLBACK");

            assertEquals(0, stats.exit(), stats.err());
            assertTrue(stats.out().contains("64"), stats.out());
            assertEquals(1, replace.exit(), replace.err());
            assertEquals(waiting(db) + "parley: " + db + HELD + ". Nothing was changed.\n", replace.err());
            assertTrue(CliRun.on(db, "stats").out().contains("The week of US"), "the week is still there");
        }
    }
}
