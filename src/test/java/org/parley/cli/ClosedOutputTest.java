package org.parley.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Output whose reader went away ({@code parley stats | head -1}) ends the command quietly, as it
 * ends any Unix tool; output lost to a full disk is still reported. Both in a separate JVM, since
 * only a real standard output can meet a closed pipe.
 */
class ClosedOutputTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));

    @TempDir
    Path dir;

    private ProcessBuilder parley(String... args) {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dparley.seeds=" + SEEDS.toAbsolutePath(),
                "-Djava.awt.headless=true", Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    @Test
    void aReaderThatStopsReadingEndsTheCommandWithoutAMessage() throws Exception {
        String db = CliRun.seeded(dir.resolve("p.db"));
        Path err = dir.resolve("err.txt");
        Process child = parley("stats", "--db", db).redirectError(err.toFile()).start();
        // Closed before the child's JVM has printed anything: every write it makes meets a closed pipe.
        child.getInputStream().close();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(Main.READER_GONE, child.exitValue());
        assertEquals("", Files.readString(err));
    }

    @Test
    void outputLostToAFullDiskIsStillReported() throws Exception {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.isWritable(full), "no /dev/full on this system");
        String db = CliRun.seeded(dir.resolve("p.db"));
        Path err = dir.resolve("err.txt");
        Process child = parley("stats", "--db", db).redirectOutput(full.toFile()).redirectError(err.toFile()).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, child.exitValue());
        assertEquals(Main.OUTPUT_LOST, Files.readString(err).strip());
    }
}
