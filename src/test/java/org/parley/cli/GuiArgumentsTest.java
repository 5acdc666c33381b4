package org.parley.cli;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
