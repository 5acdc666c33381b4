package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second open of a database this process has open must leave the locks SQLite holds for the first
 * one. Reading the file through Java dropped them (POSIX record locks are the process's, and any
 * close of the file releases them all): a command-line export closing the same database then took
 * itself for its last user and deleted the write-ahead log the app went on writing to, so the app's
 * next import reached no other program, and a crash lost it.
 */
class OpenDatabaseLocksTest {

    @BeforeEach
    void onLinux() {
        assumeTrue(Files.isReadable(Path.of("/proc/locks")), "needs Linux's /proc/locks");
    }

    /** The app's store: a database opened for work, holding a dataset whose content hash is {@code hash}. */
    private static ParleyStore appWith(Path db, String hash) {
        ParleyStore app = ParleyStore.open(db);
        app.importDataset(Fixtures.week(), hash, Origin.USER);
        return app;
    }

    /** What a system file dialog listing the folder does: it reads every file there, SQLite's working files too. */
    private static void readAsAFileDialogDoes(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.newInputStream(db.resolveSibling(db.getFileName() + suffix)).close();
        }
    }

    @Test
    void anotherOpenOfTheSameDatabaseKeepsTheFirstOnesLocks(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("week.db");
        try (ParleyStore app = appWith(db, "hash")) {
            List<String> held = locksOn(db);
            assertTrue(!held.isEmpty(), "SQLite holds a read lock on the open database");

            // As the app does when it reads the store again for a dialog, and an export in the same process.
            try (ParleyStore again = ParleyStore.openToRead(db)) {
                assertEquals(Fixtures.week().events().size(), again.loadDataset().events().size());
            }
            try (ParleyStore readOnly = ParleyStore.openReadOnly(db)) {
                readOnly.loadDataset();
            }
            assertEquals(held, locksOn(db), "the first store's locks are still held");
            assertTrue(OpenDatabases.isOpen(db), "the first store is still known as open");
        }
        assertTrue(!OpenDatabases.isOpen(db), "closed, it is no longer known as open");
    }

    @Test
    void openingAgainTakesBackLocksThatAReadOfTheFileDropped(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("week.db");
        try (ParleyStore app = appWith(db, "hash")) {
            List<String> held = locksOn(db);
            readAsAFileDialogDoes(db);
            assertEquals(List.of(), locksOn(db), "closing any handle on the file drops the process's locks");

            app.reattach();
            assertEquals(held, locksOn(db), "held again");
            assertTrue(OpenDatabases.isOpen(db));
            assertEquals(Fixtures.week().events().size(), app.loadDataset().events().size());
            app.importDataset(Fixtures.week(), "other hash", Origin.USER);
            try (ParleyStore other = ParleyStore.openToRead(db)) {
                assertEquals("other hash", other.info().orElseThrow().contentHash(), "the write after it is seen");
            }
        }
        assertTrue(!OpenDatabases.isOpen(db));
    }

    /**
     * Found by a tester, 2026-12-05: after one import by another program (reloaded in the window), the
     * next file dialog had the window ask "The database was changed by another program" again though
     * nothing had changed. Opening the file again gave a new connection, whose data_version starts
     * afresh; the window compares the version across it, so it must stay put until another commit.
     */
    @Test
    void openingAgainIsNotTakenForAnotherProgramsChange(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("week.db");
        try (ParleyStore app = appWith(db, "hash")) {
            long first = app.dataVersion();
            try (ParleyStore other = ParleyStore.open(db)) {
                other.importDataset(Fixtures.other(), "theirs", Origin.USER);
            }
            long seen = app.dataVersion();
            assertTrue(seen != first, "another program's import is seen");

            app.reattach();
            assertEquals(seen, app.dataVersion(), "opening again changed nothing");
            app.reattach();
            assertEquals(seen, app.dataVersion());

            try (ParleyStore other = ParleyStore.open(db)) {
                other.importDataset(Fixtures.week(), "theirs again", Origin.USER);
            }
            assertTrue(app.dataVersion() != seen, "a later change is still seen");
        }
    }

    /** A file deleted meanwhile is not opened again: an empty database would have been made in its place. */
    @Test
    void aDeletedFileIsNotOpenedAgain(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("week.db");
        try (ParleyStore app = appWith(db, "hash")) {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(dir.resolve("week.db" + suffix));
            }
            app.reattach();
            assertTrue(!Files.exists(db), "no database was made where it was deleted");
            assertTrue(app.fileProblem().orElseThrow().contains("was deleted"));
        }
    }

    @Test
    void aProgramThatOnlyReadsLeavesTheLogOfOneThatLostItsLocks(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("week.db");
        Path wal = dir.resolve("week.db-wal");
        try (ParleyStore app = appWith(db, "first")) {
            readAsAFileDialogDoes(db);
            assertEquals(List.of(), locksOn(db), "the app's locks are lost, as a file dialog loses them");

            assertEquals("first", readInAnotherProgram(db));
            assertTrue(Files.exists(wal), "the reader, closing, did not delete the log the app writes to");
            app.importDataset(Fixtures.week(), "after", Origin.USER);
            assertEquals("after", readInAnotherProgram(db), "what the app writes next reaches other programs");
        }
    }

    /** What {@link ReadAndClose} prints, run in a JVM of its own. */
    private static String readInAnotherProgram(Path db) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReadAndClose.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
        List<String> lines = out.lines().toList();
        return lines.get(lines.size() - 1);
    }

    /** This process's locks on {@code file}, as /proc/locks lists them (type and byte range). */
    private static List<String> locksOn(Path file) throws IOException {
        long inode = (Long) Files.getAttribute(file, "unix:ino");
        String pid = Long.toString(ProcessHandle.current().pid());
        return Files.readAllLines(Path.of("/proc/locks")).stream()
                .map(l -> l.trim().split("\\s+"))
                .filter(f -> f.length >= 8 && f[4].equals(pid) && f[5].endsWith(":" + inode))
                .map(f -> f[3] + " " + f[6] + "-" + f[7])
                .sorted().toList();
    }
}
