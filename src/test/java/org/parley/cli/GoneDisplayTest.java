package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Found by a tester, 2026-12-05: with DISPLAY still naming an X server that had gone (a closed
 * ssh -X session, a desktop logged out of under tmux), export-image and handout, which "need no
 * display", ended in AWT's stack trace ("Can't connect to X11 window server"). In a separate JVM
 * started as the jar starts one, without the headless setting the test JVM has.
 */
class GoneDisplayTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));
    /** In the display numbers these sessions keep for themselves; nothing serves it while tests run. */
    private static final String GONE = ":1389";

    @TempDir
    Path dir;

    private Process parley(Path err, String... args) throws IOException {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dparley.seeds=" + SEEDS.toAbsolutePath(),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile()).redirectOutput(dir.resolve("out.txt").toFile());
        pb.environment().put("DISPLAY", GONE);
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        return pb.start();
    }

    @Test
    void imagesAndHandoutsAreDrawnWhateverDisplayIsSet() throws Exception {
        String db = CliRun.seeded(dir.resolve("p.db"));
        String[][] commands = {
            {"export-image", "--db", db, "--view", "map", "--format", "png", "--out", dir.resolve("map.png").toString()},
            {"handout", "--db", db, "--layout", "compact", "--out", dir.resolve("h.pdf").toString()},
        };
        for (String[] command : commands) {
            Path err = dir.resolve("err.txt");
            Process child = parley(err, command);
            assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the command ended");
            String said = Files.readString(err);
            assertEquals(0, child.exitValue(), command[0] + ": " + said);
            assertFalse(said.contains("Exception") || said.contains("X11"), said);
        }
        assertTrue(Files.size(dir.resolve("map.png")) > 0 && Files.size(dir.resolve("h.pdf")) > 0);
    }
}
