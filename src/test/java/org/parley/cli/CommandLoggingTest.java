package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A command's terminal holds its own output only; what a logger says goes to the log file. */
class CommandLoggingTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));

    @TempDir
    Path dir;

    @Test
    void seedingANewDatabasePrintsOnlyTheCommandsOwnOutput() throws Exception {
        ChildJvm jvm = new ChildJvm(List.of("-Djava.awt.headless=true", "-Dparley.seeds=" + SEEDS.toAbsolutePath()), 120);
        // The default database, new on this machine: the one a command seeds (a --db must exist).
        ChildJvm.Run run = jvm.attempt(dir, "stats");

        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().startsWith("Database: "), run.out());
        assertFalse(run.out().contains("INFO"), run.out());
        assertFalse(run.out().contains("org.parley"), "no logger's source line: " + run.out());
        String log = Files.readString(dir.resolve("data").resolve("parley").resolve("parley.log"));
        assertTrue(log.contains("Seeded "), "the note went to the log file instead: " + log);
    }

    @Test
    void theAppWithoutADisplaySaysSoInOneLineWithoutAStackTrace() throws Exception {
        // Not headless and no Monocle: the real toolkit, as a user's start from a text console.
        ChildJvm jvm = new ChildJvm(List.of("-Dparley.seeds=" + SEEDS.toAbsolutePath()), 120)
                .withEnvironment("DISPLAY", null).withEnvironment("WAYLAND_DISPLAY", null);

        ChildJvm.Run run = jvm.attempt(dir, "--db", dir.resolve("w.db").toString());

        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("there is no display to open the window on"), run.out());
        assertFalse(run.out().contains("\tat "), "no stack trace: " + run.out());
        assertFalse(run.out().contains("SEVERE"), "no logger line: " + run.out());
    }
}
