package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley export-data --search}: the export window can keep to the events a search marks, and the
 * command line does the same, with the filters or alone, the files saying which search made them.
 */
class ExportDataSearchTest {

    @TempDir
    Path tmp;

    private Path db;

    @BeforeEach
    void seed() {
        db = tmp.resolve("p.db");
        assertEquals(0, CliRun.of("import", "--db", db.toString()).exit());
    }

    private CliRun run(String... args) {
        return CliRun.on(db, "export-data", args);
    }

    private static List<String> eventIds(Path folder) throws Exception {
        List<String> lines = Files.readAllLines(folder.resolve("events.csv"));
        return lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList();
    }

    /**
     * The 15 events the window rings for "Sherman" (its status bar: "15 events marked"): the 14 whose words name her
     * and the NATO–Russia meeting, where she led the U.S. delegation; and about.txt says why.
     */
    @Test
    void aSearchKeepsTheEventsItFindsAndTheFilesSaySo() throws Exception {
        Path out = tmp.resolve("sherman");
        CliRun r = run("--format", "csv", "--out", out.toString(), "--search", "Sherman");
        assertEquals(0, r.exit(), r.err());
        List<String> ids = eventIds(out);
        assertEquals(15, ids.size(), ids.toString());
        assertTrue(ids.contains("nrc-meeting"), ids.toString());
        assertTrue(ids.contains("geneva-talks"), ids.toString());
        assertTrue(Files.readString(out.resolve("about.txt")).contains("Filtered: found by the search \u201CSherman\u201D"),
                Files.readString(out.resolve("about.txt")));
        assertTrue(r.out().contains("15 events of 64 kept by the search."), r.out());

        Path meetings = tmp.resolve("meetings");
        CliRun both = run("--format", "geojson", "--out", meetings.resolve("m.geojson").toString(),
                "--search", "Sherman", "--kind", "meeting");
        assertEquals(0, both.exit(), both.err());
        assertTrue(both.out().contains("kept by the filters and the search."), both.out());
        assertTrue(Files.readString(meetings.resolve("m.geojson"))
                .contains("Filtered: kind Meeting; found by the search \u201CSherman\u201D"));
    }

    /** Nothing found, or JSON (always whole): refused in words, nothing written. */
    @Test
    void aSearchThatFindsNothingOrJsonIsRefused() {
        Path out = tmp.resolve("none");
        CliRun none = run("--format", "csv", "--out", out.toString(), "--search", "zzzyx");
        assertEquals(1, none.exit(), none.out());
        assertTrue(none.err().contains("the search \u201Czzzyx\u201D finds no event; nothing was written."), none.err());
        assertFalse(Files.exists(out));
        CliRun json = run("--format", "json", "--out", tmp.resolve("w.json").toString(), "--search", "Sherman");
        assertEquals(2, json.exit());
        assertTrue(json.err().contains("--search apply to csv"), json.err());
        assertFalse(Files.exists(tmp.resolve("w.json")));
    }

    /**
     * A misspelt name finds nothing: the refusal offers the word the index holds, as {@code parley search} does
     * ("did you mean "Ryabkov"?"), where it had said only that nothing was written.
     */
    @Test
    void aMisspeltSearchIsOfferedTheNearestWord() {
        Path out = tmp.resolve("typo");
        CliRun typo = run("--format", "csv", "--out", out.toString(), "--search", "Ryabkof");
        assertEquals(1, typo.exit(), typo.out());
        assertTrue(typo.err().contains("the search \u201CRyabkof\u201D finds no event; nothing was written. "
                + "Did you mean \u201CRyabkov\u201D?"), typo.err());
        assertFalse(Files.exists(out));
    }
}
