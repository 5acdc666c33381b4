package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search for a person lists the events they take part in, not only those whose words name them: "Sherman" found
 * 14 events and left out the NATO–Russia meeting she led the U.S. delegation at, whose title and summary do not
 * name her; so did "Grushko", "Fomin" and "Antonov".
 */
class SearchActorsEventsTest {

    @TempDir
    static Path dir;

    private static List<String> events(CliRun run) {
        Matcher m = Pattern.compile("— event ([a-z0-9-]+)").matcher(run.out());
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void aPersonsSearchListsTheEventsTheyTakePartIn() {
        Path db = Path.of(CliRun.seeded(dir.resolve("week.db")));
        CliRun run = CliRun.on(db, "search", "--limit", "200", "Sherman");
        assertEquals(0, run.exit(), run.err());
        List<String> found = events(run);
        assertTrue(found.contains("nrc-meeting"), run.out());
        assertEquals(15, found.size(), "her 15 events, each once: " + found);
        // Said as taking part, with her role there, since no word of it names her.
        assertTrue(run.out().contains("Wendy «Sherman» takes part: headed (the Post) or led (NYT) the U.S. delegation"),
                run.out());
        // The text's matches come first, best first: the meeting found through her is listed after them.
        assertEquals("nrc-meeting", found.get(found.size() - 1), run.out());
    }

    @Test
    void eitherOfTwoPeopleListsTheEventTheyShareOnce() {
        Path db = Path.of(CliRun.seeded(dir.resolve("week.db")));
        CliRun run = CliRun.on(db, "search", "--limit", "200", "Grushko", "OR", "Fomin");
        assertEquals(0, run.exit(), run.err());
        List<String> found = events(run);
        assertEquals(1, found.stream().filter("nrc-meeting"::equals).count(), run.out());
        assertTrue(run.out().contains("Alexander «Grushko» and Aleksandr V. «Fomin» take part"), run.out());
    }

    @Test
    void aPersonNamedInAllTheirEventsListsEachOnce() {
        Path db = Path.of(CliRun.seeded(dir.resolve("week.db")));
        CliRun run = CliRun.on(db, "search", "Ryabkov");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("geneva-ryabkov-warning", "geneva-talks"), events(run), run.out());
    }

    @Test
    void exportDataKeepsTheEventsTheSearchFinds() {
        Path db = Path.of(CliRun.seeded(dir.resolve("week.db")));
        Path out = dir.resolve("sherman-csv");
        CliRun run = CliRun.on(db, "export-data", "--format", "csv", "--search", "Sherman", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("15 events of 64 kept by the search."), run.out());
    }

    @Test
    void notLeavesOutThePersonsEventsThatHoldTheWord() {
        // "Sherman NOT Geneva" listed the Geneva talks as "Wendy Sherman takes part": every event listed must answer
        // the whole search, and the talks' title holds Geneva.
        Path db = Path.of(CliRun.seeded(dir.resolve("week.db")));
        CliRun run = CliRun.on(db, "search", "--limit", "200", "Sherman NOT Geneva");
        assertEquals(0, run.exit(), run.err());
        List<String> found = events(run);
        assertFalse(found.contains("geneva-talks"), run.out());
        assertEquals(14, found.size(), "her 15 events but the talks: " + found);
        assertTrue(found.contains("nrc-meeting"), run.out());
        CliRun export = CliRun.on(db, "export-data", "--format", "csv", "--search", "Sherman NOT Geneva",
                "--out", dir.resolve("sherman-not-geneva").toString());
        assertEquals(0, export.exit(), export.err());
        assertTrue(export.out().contains("14 events of 64 kept by the search."), export.out());
    }

    @Test
    void orQuotesAndPrefixesFindThePersonAsTheirNameDoes() {
        Path db = Path.of(CliRun.seeded(dir.resolve("week.db")));
        // The same events, each once, in whatever order the text's matches rank them.
        List<String> byName = events(CliRun.on(db, "search", "--limit", "200", "Sherman")).stream().sorted().toList();
        assertEquals(byName, events(CliRun.on(db, "search", "--limit", "200", "\"Wendy Sherman\"")).stream().sorted().toList());
        assertEquals(byName, events(CliRun.on(db, "search", "--limit", "200", "Sherm")).stream().sorted().toList());
        List<String> either = events(CliRun.on(db, "search", "--limit", "200", "Sherman OR Ryabkov"));
        assertTrue(either.containsAll(byName) && either.contains("geneva-ryabkov-warning"), either.toString());
    }
}
