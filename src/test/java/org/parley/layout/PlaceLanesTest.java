package org.parley.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.seed.ExchangeFormatReader;

/** "Lanes by place": a venue and its city share one lane, and the venue's items say where they were. */
class PlaceLanesTest {

    private static Dataset week;

    @BeforeAll
    static void load() throws Exception {
        week = new ExchangeFormatReader().load(Path.of(System.getProperty("parley.seeds", "seeds"))).dataset();
    }

    @Test
    void natoHeadquartersSharesBrusselsLane() {
        TimelineLayout layout = TimelineLayout.of(week, LaneMode.PLACE, ZoneOffset.UTC);
        List<String> keys = layout.lanes().stream().map(Lane::key).toList();
        assertFalse(keys.contains("nato-hq"), keys.toString());
        assertEquals(1, layout.lanes().stream().filter(l -> l.label().equals("Brussels")).count());

        Event atHq = week.events().stream().filter(e -> e.place().equals("nato-hq")).findFirst().orElseThrow();
        Event inCity = week.events().stream().filter(e -> e.place().equals("brussels")).findFirst().orElseThrow();
        int brussels = keys.indexOf("brussels");
        TimeScale scale = TimeScale.fit(Instant.parse("2022-01-09T00:00:00Z"), Instant.parse("2022-01-15T00:00:00Z"),
                1200, 0);
        assertFalse(layout.boxesOf(atHq.id(), scale).isEmpty());
        assertTrue(layout.boxesOf(atHq.id(), scale).stream().allMatch(b -> b.lane() == brussels));
        assertTrue(layout.boxesOf(inCity.id(), scale).stream().allMatch(b -> b.lane() == brussels));

        assertEquals("NATO headquarters, Brussels · " + atHq.title(), layout.itemTitle(atHq), "the venue is named");
        assertEquals(inCity.title(), layout.itemTitle(inCity));
    }

    @Test
    void otherLaneModesAndPlainTitlesAreUntouched() {
        TimelineLayout byTrack = TimelineLayout.of(week, LaneMode.TRACK, ZoneOffset.UTC);
        Event atHq = week.events().stream().filter(e -> e.place().equals("nato-hq")).findFirst().orElseThrow();
        assertEquals(atHq.title(), byTrack.itemTitle(atHq));
        assertEquals("geneva", PlaceLanes.of(week.places()).laneOf("geneva"));
        assertEquals("brussels", PlaceLanes.of(week.places()).laneOf("nato-hq"));
        assertEquals("x", PlaceLanes.NONE.laneOf("x"));
    }
}
