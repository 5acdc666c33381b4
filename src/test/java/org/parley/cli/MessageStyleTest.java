package org.parley.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every failure reads "parley: " and a message written lower case, whichever layer wrote it (decision 0148):
 * the export layer's had begun "Cannot", "Refusing", "The folder", "No event", "The search" beside the store's
 * lower-case words. A usage error begins with what it names, not with picocli's "Missing required …".
 */
class MessageStyleTest {

    @TempDir
    Path tmp;

    @Test
    void noFailureStartsWithACapitalAfterParley() throws IOException {
        Path db = Path.of(CliRun.seeded(tmp.resolve("week.db")));
        Path existing = Files.writeString(tmp.resolve("mine.svg"), "mine");
        Path notADatabase = Files.writeString(tmp.resolve("notes.db"), "not a database");
        List<CliRun> runs = new ArrayList<>();
        runs.add(CliRun.on(db, "export-image", "--view", "map", "--format", "svg", "--out", existing.toString()));
        runs.add(CliRun.on(db, "export-image", "--view", "map", "--format", "png",
                "--out", tmp.resolve("no/such/folder/map.png").toString()));
        runs.add(CliRun.on(db, "export-data", "--format", "csv", "--out", tmp.resolve("csv").toString(),
                "--from", "2030-01-01"));
        runs.add(CliRun.on(db, "handout", "--out", tmp.resolve("h.pdf").toString(), "--from", "2030-01-01"));
        runs.add(CliRun.on(db, "export-data", "--format", "csv", "--out", tmp.resolve("csv").toString(),
                "--search", "zzqqxx"));
        runs.add(CliRun.of("stats", "--db", notADatabase.toString()));
        if (Files.isDirectory(Path.of("/sys/kernel"))) {
            runs.add(CliRun.on(db, "export-image", "--view", "map", "--format", "png", "--out", "/sys/parley-map.png"));
        }
        if (Files.isDirectory(Path.of("/proc/self"))) {
            runs.add(CliRun.on(db, "export-image", "--view", "map", "--format", "png", "--out", "/proc/parley-map.png"));
        }
        for (CliRun run : runs) {
            assertEquals(1, run.exit(), run.err());
            assertTrue(run.err().startsWith("parley: "), run.err());
            char first = run.err().charAt("parley: ".length());
            assertFalse(Character.isUpperCase(first), "written lower case at its source: " + run.err());
        }
        assertTrue(runs.get(1).err().startsWith("parley: the folder "), runs.get(1).err());
        assertTrue(runs.get(2).err().startsWith("parley: no event passes the filters"), runs.get(2).err());
        assertTrue(runs.get(4).err().startsWith("parley: the search \u201Czzqqxx\u201D finds no event"), runs.get(4).err());
        assertEquals("mine", Files.readString(existing), "nothing overwritten");
    }

    @Test
    void aSystemFolderIsRefusedLowerCase() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux's /proc");
        CliRun run = CliRun.of("generate", "--events", "3", "--out", "/proc/parley-no-such-folder");
        assertEquals(1, run.exit(), run.err());
        assertFalse(Character.isUpperCase(run.err().charAt("parley: ".length())), run.err());
    }

    /**
     * A usage error (exit 2) begins with "parley: " as every other failure does: "--bogus is not an option of
     * parley." and "TEXT is missing: …" had stood alone, so a script's log could not tell whose line it was.
     */
    @Test
    void aUsageErrorBeginsWithParleyAsTheOtherErrorsDo() {
        List<CliRun> runs = List.of(CliRun.of("--bogus"), CliRun.of("export"), CliRun.of("search"),
                CliRun.of("export", "--format", "pdf"), CliRun.of("--db"), CliRun.of("stats", "--db"),
                CliRun.of("export-image", "--format", "pdf"), CliRun.of("search", "--limit", "x", "Geneva"),
                CliRun.of("export-image", "--view", "map", "--format", "png", "--width", "9", "--scale", "2",
                        "--out", tmp.resolve("x.png").toString()));
        for (CliRun run : runs) {
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().startsWith("parley: "), run.err());
            assertFalse(run.err().startsWith("parley: parley"), run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run.err());
        }
    }

    /** picocli's "Missing required parameter: 'TEXT'" named its model; Parley names what to type. */
    @Test
    void aMissingArgumentIsSaidInParleysWords() {
        CliRun search = CliRun.of("search");
        assertEquals(2, search.exit());
        assertTrue(search.err().startsWith("parley: TEXT is missing: parley search needs it"), search.err());
        CliRun image = CliRun.of("export-image", "--out", tmp.resolve("a.png").toString());
        assertEquals(2, image.exit());
        assertTrue(image.err().startsWith("parley: --view and --format are missing: parley export-image needs them"), image.err());
        CliRun one = CliRun.of("export-image", "--view", "map", "--format", "png");
        assertTrue(one.err().startsWith("parley: --out is missing: parley export-image needs it"), one.err());
        CliRun value = CliRun.of("stats", "--db");
        assertEquals(2, value.exit());
        assertTrue(value.err().startsWith("parley: --db needs a value after it (FILE)"), value.err());
        for (CliRun r : List.of(search, image, one, value)) {
            assertFalse(r.err().contains("Missing required"), r.err());
            assertTrue(r.err().contains("--help\" to see how it is used."), r.err());
        }
        assertFalse(Files.exists(tmp.resolve("a.png")));
    }

    @Test
    void anUnknownOptionIsSaidInParleysWords() {
        CliRun one = CliRun.of("stats", "--repalce");
        assertEquals(2, one.exit());
        assertTrue(one.err().startsWith("parley: --repalce is not an option of parley stats."), one.err());
        CliRun two = CliRun.of("stats", "--repalce", "--foo");
        assertTrue(two.err().startsWith("parley: --repalce and --foo are not options of parley stats."), two.err());
        CliRun search = CliRun.of("search", "--dbb", "x.db", "Geneva");
        assertEquals(2, search.exit());
        assertTrue(search.err().startsWith("parley: --dbb is not an option of parley search; to search for it, put -- before "
                + "the words: parley search -- --dbb"), search.err());
        for (CliRun r : List.of(one, two, search)) {
            assertFalse(r.err().contains("Unknown option"), r.err());
        }
    }

    /** The last usage errors that began with a capital word begin, as the others do, with what they name. */
    @Test
    void usageErrorsBeginWithWhatTheyName() {
        CliRun blank = CliRun.of("search", " ");
        assertTrue(blank.err().startsWith("parley: TEXT is empty; give the words to search for, e.g. parley search Grushko."),
                blank.err());
        CliRun symbols = CliRun.of("search", "--", "!!");
        assertTrue(symbols.err().startsWith("parley: TEXT: there is no word to search for"), symbols.err());
        CliRun paper = CliRun.of("handout", "--paper", "b5", "--out", tmp.resolve("h.pdf").toString());
        assertTrue(paper.err().startsWith("parley: --paper: \"b5\" is not a paper: use a4 or letter."), paper.err());
        CliRun data = CliRun.of("export-data", "--format", "csv", "--search", " ", "--out", tmp.resolve("c").toString());
        assertTrue(data.err().startsWith("parley: --search is empty; give it the words to search for"), data.err());
        for (CliRun r : List.of(blank, symbols, paper, data)) {
            assertEquals(2, r.exit(), r.err());
        }
    }
}
