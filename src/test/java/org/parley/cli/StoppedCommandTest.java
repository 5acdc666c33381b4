package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A command stopped halfway (Ctrl-C, a kill) says so, and leaves neither a database nor its temporary file behind. */
class StoppedCommandTest {

    @TempDir
    Path dir;

    @Test
    void anImportStoppedHalfwaySaysNothingWasChanged() throws Exception {
        Path data = dir.resolve("gen");
        assertEquals(0, CliRun.of("generate", "--events", "60000", "--seed", "3", "--out", data.toString()).exit());
        // Into a folder that does not exist yet: the import makes it, and a stopped one removes it again.
        Path folder = dir.resolve("new");
        Path db = folder.resolve("new.db");
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", Main.class.getName(),
                "--db", db.toString(), "import", data.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // Stopped once the database is being written, the moment a user would give up waiting.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && !writing(folder) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), "the import ended before it could be stopped: " + Files.readString(log));
        child.destroy();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        String said = Files.readString(log);
        assertTrue(said.contains(Main.STOPPED), said);
        assertFalse(said.contains("Exception"), said);
        assertFalse(Files.exists(db), "a stopped import into a new file left a database there");
        assertFalse(writing(folder), "a stopped import left its temporary database behind");
        assertFalse(Files.exists(dir.resolve("new")), "a stopped import left the folder it made");
    }

    /**
     * Stopped while it backed up the dataset it was about to replace: the half-written copy, as large
     * as the database, had stayed hidden in the backups folder (removed only by a backup an hour later).
     */
    @Test
    void aReplacementStoppedWhileBackingUpLeavesNoHalfCopy() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertEquals(0, CliRun.of("generate", "--events", "60000", "--seed", "3", "--out", first.toString()).exit());
        assertEquals(0, CliRun.of("generate", "--events", "10", "--seed", "4", "--out", second.toString()).exit());
        Path db = dir.resolve("p.db");
        assertEquals(0, CliRun.of("--db", db.toString(), "import", first.toString()).exit());
        Path backups = dir.resolve("backups");
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", Main.class.getName(),
                "--db", db.toString(), "import", "--replace", second.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && !writing(backups) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(child.isAlive(), "the backup ended before it could be stopped: " + Files.readString(log));
        child.destroy();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        String said = Files.readString(log);
        assertTrue(said.contains(Main.STOPPED), said);
        // The first backup of p.db: its folder was made for it, and goes with it, as when a full disk refuses one.
        assertFalse(Files.exists(backups), () -> "a half-written backup was left: " + list(backups));
        assertEquals(0, CliRun.of("--db", db.toString(), "check").exit());
    }

    @Test
    void aCommandStoppedAfterItsChangeSaysWhatWasChanged() {
        String said = Main.stoppedAfter("/data/p.db holds \"My week\" now; what it held before was backed up first");
        assertFalse(said.contains("nothing was changed"), said);
        assertTrue(said.contains("after the change was made") && said.contains("\"My week\" now"), said);
    }

    private static List<String> list(Path dir) {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of(e.toString());
        }
    }

    private static boolean writing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }
}
