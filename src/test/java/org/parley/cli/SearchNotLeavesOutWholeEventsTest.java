package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `parley search` and `export-data --search` keep out every event that holds a word after NOT in any of its entries:
 * "Russians NOT Brussels" listed the European official's quote on the Russians and kept its event, titled "the bloc
 * was united in Brussels".
 */
class SearchNotLeavesOutWholeEventsTest {

    @TempDir
    static Path dir;

    /** The events the listed lines point at: an event's own line or a quote's "(paper, event id)". */
    private static List<String> events(CliRun run) {
        return Pattern.compile("event ([a-z0-9-]+)").matcher(run.out()).results().map(r -> r.group(1)).toList();
    }

    @Test
    void anEventWhoseTitleHoldsTheWordLeftOutIsNeitherListedNorExported() {
        Path db = Path.of(CliRun.seeded(dir.resolve("week.db")));
        CliRun all = CliRun.on(db, "search", "--limit", "200", "Russians");
        assertTrue(events(all).contains("european-official-account"), all.out());
        CliRun run = CliRun.on(db, "search", "--limit", "200", "Russians NOT Brussels");
        assertEquals(0, run.exit(), run.err());
        assertFalse(events(run).contains("european-official-account"), run.out());
        assertFalse(events(run).isEmpty(), run.out());
        CliRun export = CliRun.on(db, "export-data", "--format", "csv", "--search", "Russians NOT Brussels",
                "--out", dir.resolve("russians-not-brussels").toString());
        assertEquals(0, export.exit(), export.err());
        // Of its three events two were held in Brussels (decision 0165): only the Americans and Russians' discussion.
        assertTrue(export.out().contains("1 event of 64 kept by the search."), export.out());
    }

    @Test
    void anEventWhoseQuoteHoldsTheWordLeftOutIsNotListedByItsOtherWords() {
        Path db = Path.of(CliRun.seeded(dir.resolve("week.db")));
        // Stoltenberg's briefing: its summary says "differences", a quote at it "clear-eyed".
        CliRun run = CliRun.on(db, "search", "--limit", "200", "differences NOT clear-eyed");
        assertEquals(0, run.exit(), run.err());
        assertFalse(events(run).contains("stoltenberg-briefing"), run.out());
    }
}
