package org.parley.cli;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Commands that only read leave a current database's file as it was, byte for byte: a copy kept
 * with a rollback journal (as another tool or a backup leaves it) is not switched to WAL by a look
 * at its statistics.
 */
class ReadingCommandsTest {

    @TempDir
    Path dir;

    @Test
    void readingCommandsLeaveARollbackJournalDatabaseByteForByte() throws Exception {
        Path db = withRollbackJournal("copy.db");
        byte[] before = Files.readAllBytes(db);
        String file = db.toString();
        List<String[]> commands = List.of(
                new String[] {"stats", "--db", file},
                new String[] {"search", "--db", file, "Geneva"},
                new String[] {"check", "--db", file},
                new String[] {"backups", "--db", file},
                new String[] {"export-data", "--db", file, "--format", "json", "--out", dir.resolve("out.json").toString()});
        for (String[] command : commands) {
            CliRun run = CliRun.of(command);
            assertEquals(0, run.exit(), String.join(" ", command) + ": " + run.err());
            assertArrayEquals(before, Files.readAllBytes(db), String.join(" ", command) + " changed the database's file");
            assertFalse(Files.exists(dir.resolve("copy.db-wal")), command[0] + " left a WAL file beside it");
        }
        assertEquals("delete", journalMode(db));
    }

    @Test
    void importingStillMakesTheDatabaseReadyForWriting() throws Exception {
        Path db = withRollbackJournal("work.db");
        assertEquals(0, CliRun.of("generate", "--events", "12", "--out", dir.resolve("mine").toString()).exit());
        CliRun replace = CliRun.of("import", "--db", db.toString(), "--replace", dir.resolve("mine").toString());
        assertEquals(0, replace.exit(), replace.err());
        assertEquals("wal", journalMode(db));
    }

    /** Rows without the record that says whose they are: stats says so instead of leaving out its line. */
    @Test
    void statsSaysWhenTheDatasetsRecordIsLost() throws Exception {
        Path db = dir.resolve("lost.db");
        CliRun.seeded(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM dataset");
        }
        CliRun run = CliRun.of("stats", "--db", db.toString());
        assertEquals(0, run.exit(), run.err());
        Assertions.assertTrue(run.out().contains("Dataset:  its record is lost or unreadable"),
                run.out());
    }

    /** An import killed before it finished left its hidden file; a command told there is no database there removes it. */
    @Test
    void noDatabaseButAKilledImportsFileRemovesThatFile() throws Exception {
        long dead = 4_000_000;
        while (ProcessHandle.of(dead).isPresent()) {
            dead++;
        }
        Path unfinished = dir.resolve(".n.db.parley-" + dead + "-0123456789ab.part");
        Files.write(unfinished, new byte[300_000]);
        Path other = dir.resolve(".m.db.parley-" + dead + "-0123456789ab.part");
        Files.write(other, new byte[10]);

        CliRun run = CliRun.of("stats", "--db", dir.resolve("n.db").toString());

        assertEquals(1, run.exit());
        Assertions.assertTrue(run.err().contains("its unfinished file (292 KB) was removed"), run.err());
        assertFalse(Files.exists(unfinished));
        Assertions.assertTrue(Files.exists(other), "another name's file is not this command's");
        assertFalse(Files.exists(dir.resolve("n.db")), "no database was made");
    }

    /** The week in a database named {@code name}, switched to a rollback journal as another tool may leave it. */
    private Path withRollbackJournal(String name) throws Exception {
        Path db = dir.resolve(name);
        CliRun.seeded(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
        }
        return db;
    }

    private static String journalMode(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            return rs.getString(1);
        }
    }
}
