package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsTest {

    @TempDir
    Path dir;

    @Test
    void countsRowsAndGivesTheDateRangeAsText() {
        try (ParleyStore store = ParleyStore.open(dir.resolve("s.db"))) {
            store.importDataset(Fixtures.week(), "h", Origin.SEED);
            Stats stats = store.stats();

            assertEquals(2, stats.count("sources"));
            assertEquals(3, stats.count("actors"));
            assertEquals(4, stats.count("actor_aliases"));
            assertEquals(3, stats.count("places"));
            assertEquals(5, stats.count("events"));
            assertEquals(3, stats.count("event_refers"));
            assertEquals(4, stats.count("event_actors"));
            assertEquals(6, stats.count("evidence"));
            assertEquals(2, stats.count("quotes"));
            assertEquals(1, stats.count("divergences"));
            assertEquals(2, stats.count("readings"));
            assertEquals(1, stats.count("divergence_events"));
            assertTrue(stats.count("search_index") > 5 + 2);
            // The nineties start first; the briefing runs to 13 Jan, the last period of any event.
            assertEquals("1990", stats.firstStart().orElseThrow());
            assertEquals("2022-01-13", stats.lastEnd().orElseThrow());
            assertEquals(List.of(new Stats.SourceSummary("wapo", "The Washington Post", "Stark differences over Ukraine"),
                    new Stats.SourceSummary("nyt", "The New York Times", "Russia and NATO far apart")), stats.sources());
        }
    }

    @Test
    void anEmptyStoreHasNoDateRange() {
        try (ParleyStore store = ParleyStore.open(dir.resolve("e.db"))) {
            Stats stats = store.stats();
            assertEquals(0, stats.count("events"));
            assertTrue(stats.firstStart().isEmpty());
            assertTrue(stats.lastEnd().isEmpty());
            assertTrue(stats.sources().isEmpty());
        }
    }
}
