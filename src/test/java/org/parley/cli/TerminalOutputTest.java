package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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

    /**
     * Under LANG=C the terminal is ASCII: "stats" printed "US?NATO?Russia" and "1990 ? 2022-01".
     * Dashes, quotation marks and the ellipsis get plain stand-ins; a letter it cannot show is escaped.
     */
    @Test
    void anAsciiTerminalGetsPlainStandInsNotQuestionMarks() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setProperty("parley.test.ascii.encoding", "US-ASCII");
        try {
            PrintWriter out = TerminalSafeWriter.onto(new PrintStream(bytes, true,
                    StandardCharsets.US_ASCII), "parley.test.ascii.encoding");
            out.println("US\u2013NATO\u2013Russia: 1990 \u2026 2022-01 \u2014 \u201Cthe moment\u201D, Russia\u2019s caf\u00E9");
            out.flush();
        } finally {
            System.clearProperty("parley.test.ascii.encoding");
        }
        assertEquals("US-NATO-Russia: 1990 ... 2022-01 - \"the moment\", Russia's caf\\u00E9" + System.lineSeparator(),
                bytes.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void aTerminalThatHoldsEveryCharacterGetsThemAsTheyAre() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setProperty("parley.test.utf8.encoding", "UTF-8");
        try {
            PrintWriter out = TerminalSafeWriter.onto(new PrintStream(bytes, true,
                    StandardCharsets.UTF_8), "parley.test.utf8.encoding");
            out.print("US\u2013NATO \u2026 caf\u00E9 \uD83D\uDE00");
            out.flush();
        } finally {
            System.clearProperty("parley.test.utf8.encoding");
        }
        assertEquals("US\u2013NATO \u2026 caf\u00E9 \uD83D\uDE00", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMistypedOptionIsAUsageErrorWithItsLikelySpelling() {
        CliRun run = CliRun.of("import", "--db", dir.resolve("p.db").toString(), "--repalce");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("--repalce is not an option of parley "), run.err());
        assertTrue(run.err().contains("--replace"), run.err());
    }

    @Test
    void aSearchMayStillStartAWordWithADash() {
        CliRun run = CliRun.of("search", "--db", CliRun.seeded(dir.resolve("s.db")), "-pastry");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("pastry"), run.out());
    }
}
