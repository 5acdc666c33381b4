package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code parley import} of a large file said nothing for seconds: on a terminal its standard error now holds one
 * line, rewritten in place, erased before anything else is said; anywhere else it holds what it always did.
 */
class ImportProgressLineTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));

    @TempDir
    Path tmp;

    @Test
    void onATerminalTheImportSaysWhatItIsDoingOnOneLineAndErasesIt() throws Exception {
        CliRun plain = importing(false, tmp.resolve("plain"));
        CliRun shown = importing(true, tmp.resolve("shown"));

        assertEquals(0, shown.exit(), shown.err());
        assertEquals(plain.out().replace("plain", "shown"), shown.out(), "the summary is as it was");
        String err = shown.err();
        assertFalse(err.contains("\n"), "one line, never a new one: " + err);
        assertTrue(err.startsWith("\rReading \u201cweek.json\u201d"), err);
        assertTrue(err.endsWith("\r"), "the cursor is back at the start of the line: " + err);
        String[] lines = err.split("\r");
        assertTrue(lines[lines.length - 1].isBlank(), "the last line written over the others is blank: " + err);
        assertTrue(lines[lines.length - 1].length() >= lines[1].length(), "as long as the longest: " + err);
    }

    /** Over a database that holds a dataset (the usual `--replace`): it had shown nothing there, only for a new one. */
    @Test
    void overADatabaseThatHoldsADatasetTheLineIsShownAndErasedToo() throws Exception {
        Path db = tmp.resolve("held").resolve("week.db");
        Files.createDirectories(db.getParent());
        Path other = tmp.resolve("other.json");
        Files.writeString(other, Files.readString(SEEDS.resolve("week.json")).replaceFirst(
                "\"title\": \"", "\"title\": \"Another "));
        try (var texts = Files.list(SEEDS)) {
            for (Path text : texts.filter(t -> t.toString().endsWith(".txt")).toList()) {
                Files.copy(text, tmp.resolve(text.getFileName()));
            }
        }
        assertEquals(0, run(false, SEEDS, db).exit());

        CliRun shown = run(true, other, db, "--replace");

        assertEquals(0, shown.exit(), shown.err());
        assertTrue(shown.out().startsWith("Replaced the previous dataset with"), shown.out());
        String err = shown.err();
        assertTrue(err.startsWith("\rReading \u201cother.json\u201d"), err);
        assertFalse(err.contains("\n"), "one line, never a new one: " + err);
        String[] lines = err.split("\r");
        assertTrue(lines[lines.length - 1].isBlank(), "erased before the summary: " + err);
    }

    @Test
    void anywhereElseStandardErrorIsAsItWas() throws Exception {
        CliRun plain = importing(false, tmp.resolve("plain"));

        assertEquals(0, plain.exit(), plain.err());
        assertEquals("", plain.err());
    }

    @Test
    void aRefusedDatasetHasItsLineErasedBeforeItsProblems() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"title\": 3}");
        CliRun plain = run(false, bad, tmp.resolve("a.db"));
        CliRun shown = run(true, bad, tmp.resolve("a.db"));

        assertEquals(plain.exit(), shown.exit());
        int erased = shown.err().lastIndexOf('\r');
        assertTrue(erased >= 0, shown.err());
        assertTrue(shown.err().substring(0, erased).replace("\r", "").contains("Reading"), shown.err());
        assertEquals(plain.err(), shown.err().substring(erased + 1), "the problems follow the erased line");
        assertFalse(Files.exists(tmp.resolve("a.db")));
    }

    private static CliRun importing(boolean terminal, Path folder) throws Exception {
        Files.createDirectories(folder);
        return run(terminal, SEEDS, folder.resolve("week.db"));
    }

    private static CliRun run(boolean terminal, Path dataset, Path db, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        ((ImportCommand) cl.getSubcommands().get("import").getCommand()).stderrIsTerminal = () -> terminal;
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new TerminalSafeWriter.Printer(new TerminalSafeWriter(err)));
        String[] args = new String[4 + more.length];
        args[0] = "import";
        args[1] = dataset.toString();
        args[2] = "--db";
        args[3] = db.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        int exit = Main.execute(cl, args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
