package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What reaches the terminal cannot drive it, and a mistyped option is called one. */
class TerminalOutputTest {

    @TempDir
    Path dir;

    @Test
    void controlCharactersInWhatACommandPrintsAreShownNotObeyed() {
        StringWriter seen = new StringWriter();
        PrintWriter out = new PrintWriter(new TerminalSafeWriter(seen), true);
        out.println("Database: /tmp/evil\u001B[31mRED\rover\u202Etxt.db\tand a tab");
        assertEquals("Database: /tmp/evil\\u001B[31mRED\\u000Dover\\u202Etxt.db\tand a tab" + System.lineSeparator(),
                seen.toString());
        StringWriter chars = new StringWriter();
        new PrintWriter(new TerminalSafeWriter(chars), true).print('\u0007');
        assertEquals("\\u0007", chars.toString());
    }

    @Test
    void aMistypedOptionIsAUsageErrorWithItsLikelySpelling() {
        CliRun run = CliRun.of("import", "--db", dir.resolve("p.db").toString(), "--repalce");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("Unknown option: '--repalce'"), run.err());
        assertTrue(run.err().contains("--replace"), run.err());
    }

    @Test
    void aSearchMayStillStartAWordWithADash() {
        CliRun run = CliRun.of("search", "--db", CliRun.seeded(dir.resolve("s.db")), "-pastry");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("pastry"), run.out());
    }
}
