package org.parley.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Found by h305: picocli answers --help and --version without looking at the rest of the line, so
 * "parley -V extra" printed the version and exited 0, "parley --help import" showed Parley's help, not
 * import's, and "parley stats -V" printed nothing at all and exited 0.
 */
class HelpAndVersionWordsTest {

    @Test
    void aWordBesideHelpOrVersionIsAUsageErrorNamingIt() {
        for (List<String> line : List.of(List.of("-V", "extra"), List.of("--help", "extra"), List.of("stats", "-h", "extra"),
                List.of("stats", "--version", "extra"), List.of("-h", "stats", "extra"), List.of("check", "extra", "--help"))) {
            CliRun r = CliRun.of(line.toArray(String[]::new));
            assertEquals(2, r.exit(), line + ": " + r.out() + r.err());
            assertTrue(r.err().startsWith("parley: ") && r.err().contains("'extra'"), line + ": " + r.err());
            assertEquals("", r.out(), line + ": nothing but the error");
        }
    }

    @Test
    void everyCommandSaysTheVersion() {
        for (String command : Main.commandLine().getSubcommands().keySet()) {
            CliRun r = CliRun.of(command, "-V");
            assertEquals(0, r.exit(), command + ": " + r.err());
            assertEquals(CliRun.of("--version").out(), r.out(), command);
            assertFalse(r.out().isBlank(), command);
        }
    }

    /** As git's "git --help commit": the help asked before a command is that command's. */
    @Test
    void helpAskedBeforeACommandIsThatCommandsHelp() {
        CliRun before = CliRun.of("--help", "import", "x");
        CliRun after = CliRun.of("import", "--help");
        assertEquals(0, before.exit(), before.err());
        assertTrue(before.out().startsWith("Usage: parley import "), before.out());
        assertEquals(after.out(), before.out());
    }
}
