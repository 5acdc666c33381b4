package org.parley.cli;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuiArgumentsTest {

    @Test
    void noArgumentsOpenTheAppOnTheDefaultDatabase() {
        assertEquals(Optional.of(new GuiArguments(null, false)), GuiArguments.read());
    }

    @Test
    void readsTheDatabaseInBothSpellingsAndTheMeasureFlag() {
        assertEquals(Optional.of(new GuiArguments(Path.of("w.db"), true)),
                GuiArguments.read("--db", "w.db", "--measure-startup"));
        assertEquals(Optional.of(new GuiArguments(Path.of("w.db"), true)),
                GuiArguments.read("--measure-startup", "--db=w.db"));
    }

    @Test
    void leavesCommandsHelpAndMistakesToPicocli() {
        assertEquals(Optional.empty(), GuiArguments.read("validate"));
        assertEquals(Optional.empty(), GuiArguments.read("--help"));
        assertEquals(Optional.empty(), GuiArguments.read("--db"));
        assertEquals(Optional.empty(), GuiArguments.read("--db="));
        assertEquals(Optional.empty(), GuiArguments.read("--db", "--measure-startup"));
        assertEquals(Optional.empty(), GuiArguments.read("--db", "a.db", "--db", "b.db"));
        assertEquals(Optional.empty(), GuiArguments.read("--measure-startup", "--measure-startup"));
        assertEquals(Optional.empty(), GuiArguments.read("--db", "w.db", "stats"));
        assertEquals(Optional.empty(), GuiArguments.read("--db", "bad\0name"));
    }

    /** "--db=~/x.db" made the app create a folder named "~" and seed the week into it; picocli's command refuses it. */
    @Test
    void aDatabaseNameParleyWouldNotCreateIsLeftToPicocliWhichRefusesIt() {
        assertEquals(Optional.empty(), GuiArguments.read("--db=~/x.db"));
        assertEquals(Optional.empty(), GuiArguments.read("--db", "a\nb.db"));
        CliRun refused = CliRun.of("--db=~/x.db");
        assertEquals(2, refused.exit(), refused.err());
        Assertions.assertTrue(refused.err().contains("begins with '~'"), refused.err());
    }

    /**
     * "parley --db x.db/" opened the window on x.db, though the '/' names a folder and every command refuses it.
     * Run as the jar runs it, in a JVM of its own, with a display that is gone: the refusal comes before any window.
     */
    @Test
    void theWindowRefusesADatabaseTypedAsAFolderAsTheCommandsDo(@TempDir Path dir) throws Exception {
        assertEquals(Optional.empty(), GuiArguments.read("--db", "x.db/"));
        assertEquals(Optional.empty(), GuiArguments.read("--db=x.db/"));
        Path db = Path.of(CliRun.seeded(dir.resolve("x.db")));
        byte[] before = Files.readAllBytes(db);
        Path err = dir.resolve("err.txt");
        ProcessBuilder parley = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--db", db + "/")
                .redirectError(err.toFile()).redirectOutput(dir.resolve("out.txt").toFile());
        // A display no one serves (as GoneDisplayTest's): before the fix the app went on to open its window there.
        parley.environment().put("DISPLAY", ":1389");
        parley.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        Process child = parley.start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "parley ended");
        String said = Files.readString(err);
        assertEquals(2, child.exitValue(), said);
        assertTrue(said.startsWith("parley: --db " + db + "/ ends in '/', a folder's name, but a database is one file: "
                + "type its name without the '/'. Nothing was written."), said);
        assertFalse(said.contains("Exception"), said);
        assertArrayEquals(before, Files.readAllBytes(db));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("err.txt", "out.txt", "x.db"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
