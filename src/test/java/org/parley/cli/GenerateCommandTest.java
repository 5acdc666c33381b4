package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.seed.ExchangeFormatReader;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesADatasetThatValidatesAndImports() throws Exception {
        Path out = dir.resolve("gen");
        CliRun gen = CliRun.of("generate", "--events", "1200", "--actors", "40", "--places", "12", "--out",
                out.toString());
        assertEquals(0, gen.exit(), gen.err());

        Dataset data = new ExchangeFormatReader().read(out);
        assertEquals(1200, data.events().size());
        assertEquals(40, data.actors().size());
        assertEquals(12, data.places().size());
        assertEquals(12, data.sources().size(), "an article per hundred events, each a text file beside the JSON");
        List<Event> events = data.events();
        long years = events.stream().map(e -> e.time().startDate().getYear()).distinct().count();
        assertTrue(years > 5, "spread over years, not one week: " + years);

        CliRun imported = CliRun.of("import", "--db", dir.resolve("x.db").toString(), out.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("1,200 events"), imported.out());
    }

    /** "./x", "a/../x" and "x/." name a folder as "x" does: the texts land beside the JSON. */
    /** `stats` of an archive of many sources lists the first ones and counts the rest, rather than a screenful a source. */
    @Test
    void statsOfManySourcesListsAFewAndCountsTheRest() throws Exception {
        Path out = dir.resolve("many");
        assertEquals(0, CliRun.of("generate", "--events", "3000", "--out", out.toString()).exit());
        Path db = dir.resolve("many.db");
        assertEquals(0, CliRun.of("import", "--db", db.toString(), out.toString()).exit());
        CliRun stats = CliRun.of("stats", "--db", db.toString());
        assertEquals(0, stats.exit(), stats.err());
        String listing = stats.out().substring(stats.out().indexOf("Sources:"));
        assertEquals(StatsCommand.MOST_SOURCES_LISTED, listing.lines().count() - 1, listing);
        assertTrue(listing.contains("… and 11 more sources"), listing);
    }

    @Test
    void aFolderNamedWithDotsIsWrittenAsAnyOther() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        for (String out : List.of(dir + "/./dot", dir + "/a/../up", dir + "/here/.")) {
            CliRun gen = CliRun.of("generate", "--events", "5", "--out", out);
            assertEquals(0, gen.exit(), out + ": " + gen.err());
            assertEquals(5, new ExchangeFormatReader().read(Path.of(out)).events().size());
        }
    }

    /** One text is "1 source text", not "1 source texts". */
    @Test
    void oneSourceTextIsCountedInTheSingular() {
        CliRun gen = CliRun.of("generate", "--events", "3", "--out", dir.resolve("one").toString());
        assertEquals(0, gen.exit(), gen.err());
        assertTrue(gen.out().contains(" and 1 source text\n") || gen.out().contains(" and 1 source text" + System.lineSeparator()),
                gen.out());
    }

    /** Where no file can be made (a system folder) the message says so, not that the disk is full: /proc has no free space to measure. */
    @Test
    void aFolderNoFileCanBeMadeInIsNotCalledAFullDisk() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux's /proc");
        CliRun gen = CliRun.of("generate", "--events", "3", "--out", "/proc/parley-no-such-folder");
        assertEquals(1, gen.exit());
        assertTrue(gen.err().contains("/proc/parley-no-such-folder") && !gen.err().contains("disk is full"), gen.err());
    }

    /** Written for others to read, as any new file is: temporary files had left every one private (0600). */
    @Test
    void theFilesHaveTheFolderUsersUsualPermissions() throws Exception {
        Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path out = dir.resolve("shared");
        assertEquals(0, CliRun.of("generate", "--events", "3", "--out", out.toString()).exit());
        Path usual = Files.writeString(dir.resolve("usual.txt"), "a file made the ordinary way");
        var expected = Files.getPosixFilePermissions(usual);
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                assertEquals(expected, Files.getPosixFilePermissions(f), f.getFileName().toString());
            }
        }
    }

    @Test
    void theSameArgumentsGiveTheSameBytes() throws Exception {
        CliRun.of("generate", "--events", "300", "--seed", "7", "--out", dir.resolve("a").toString());
        CliRun.of("generate", "--events", "300", "--seed", "7", "--out", dir.resolve("b").toString());
        CliRun.of("generate", "--events", "300", "--seed", "8", "--out", dir.resolve("c").toString());
        String a = Files.readString(dir.resolve("a/dataset.json"));
        assertEquals(a, Files.readString(dir.resolve("b/dataset.json")));
        assertFalse(a.equals(Files.readString(dir.resolve("c/dataset.json"))));
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndWritesNothing() throws Exception {
        Path out = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "keep me");

        CliRun run = CliRun.of("generate", "--events", "10", "--out", out.toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("is not empty; nothing was written"), run.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(out.resolve("notes.txt")), files.toList());
        }
    }

    @Test
    void refusesNonsenseCounts() {
        CliRun run = CliRun.of("generate", "--events", "-5", "--out", dir.resolve("x").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--events must be at least 1, not -5"), run.err());
        assertFalse(Files.exists(dir.resolve("x")));
        for (String option : List.of("--actors", "--places")) {
            CliRun huge = CliRun.of("generate", "--events", "10", option, "99999999", "--out", dir.resolve("y").toString());
            assertEquals(2, huge.exit(), option);
            assertTrue(huge.err().contains(option + " must be at most 1000000, not 99999999")
                    || huge.err().contains(option + " must be at most 1,000,000"), huge.err());
            assertFalse(Files.exists(dir.resolve("y")));
        }
    }

    /** As for exports and databases, only the last folder of --out is made: a mistyped path left a tree of folders. */
    @Test
    void onlyTheLastFolderOfOutIsMade() {
        Path deep = dir.resolve("a").resolve("b").resolve("c");
        CliRun gen = CliRun.of("generate", "--events", "3", "--out", deep.toString());
        assertEquals(2, gen.exit());
        assertTrue(gen.err().contains("makes only the last folder"), gen.err());
        assertTrue(Files.notExists(dir.resolve("a")), "no folder made");
        assertEquals(0, CliRun.of("generate", "--events", "3", "--out", dir.resolve("new").toString()).exit());
    }
}
