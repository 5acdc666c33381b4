package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.cli.SyntheticDataAccess;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.SourceFilter;
import org.parley.seed.BundledSeeds;

class CreditsTest {

    @Test
    void theWeekNamesBothPapersAndTheirDay() {
        Dataset week = BundledSeeds.dataset();
        assertEquals("Sources: The Washington Post, The New York Times, 12 Jan 2022", Credits.line(week));
        assertEquals(2, Credits.each(week).size());
        assertTrue(Credits.each(week).get(0).startsWith("The Washington Post, 12 Jan 2022: "), Credits.each(week).get(0));
    }

    /** Filtered to one paper, the line credits that paper alone; to both, or to either alone, both. */
    @Test
    void onePaperKeptIsThePaperCredited() {
        Dataset week = BundledSeeds.dataset();
        assertEquals("Source: The New York Times, 12 Jan 2022",
                Credits.line(week, SourceFilter.includes("nyt")));
        for (var both : List.of(SourceFilter.ANY, SourceFilter.ALL_SOURCES,
                SourceFilter.SINGLE_SOURCE)) {
            assertEquals(Credits.line(week), Credits.line(week, both), both.toString());
        }
    }

    @Test
    void manySourcesAreCountedOnOneShortLineAndListedOneALine() {
        Dataset archive = SyntheticDataAccess.dataset(5_000);
        int sources = archive.sources().size();
        assertTrue(sources > 10, "the case needs many sources: " + sources);
        String line = Credits.line(archive);
        assertTrue(line.startsWith("Sources: " + CountText.count(sources, "source") + " from 4 publishers, "),
                line);
        assertTrue(line.length() < 100, "a picture's last line, not a list: " + line);
        List<String> each = Credits.each(archive);
        assertEquals(sources, each.size());
        assertTrue(each.stream().noneMatch(s -> s.contains("\n")));
    }
}
