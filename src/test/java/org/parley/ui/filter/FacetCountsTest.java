package org.parley.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.Place;
import org.parley.model.SourceFilter;
import org.parley.seed.BundledSeeds;

/** The counts beside each tick are what that tick alone keeps: never a number the filter then contradicts. */
class FacetCountsTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final FacetCounts COUNTS = FacetCounts.of(WEEK);

    @Test
    void eachKindsCountIsWhatTickingItKeeps() {
        for (EventKind k : EventKind.values()) {
            assertEquals(kept(EventFilter.NONE.withKinds(EnumSet.of(k))), COUNTS.kind(k), k.label());
        }
    }

    @Test
    void eachActorsCountIsWhatTickingThemKeeps() {
        for (Actor a : WEEK.actors()) {
            assertEquals(kept(EventFilter.NONE.withActors(Set.of(a.id()))), COUNTS.actor(a.id()), a.name());
        }
    }

    /** Brussels counts the meetings at NATO headquarters, which lies within it, as its tick keeps them. */
    @Test
    void eachPlacesCountIsWhatTickingItKeepsWhatLiesWithinIncluded() {
        for (Place p : WEEK.places()) {
            assertEquals(kept(EventFilter.NONE.withPlaces(Set.of(p.id()))), COUNTS.place(p.id()), p.name());
        }
        assertTrue(COUNTS.place("brussels") > COUNTS.place("nato-hq") && COUNTS.place("nato-hq") > 0,
                "Brussels " + COUNTS.place("brussels") + ", NATO headquarters " + COUNTS.place("nato-hq"));
    }

    /**
     * Narrowed to one day and one paper, each count is what ticking that one alone in its list keeps with
     * the other filters as they are: "Russia (29)" had stayed beside a day with far fewer of Russia's events.
     */
    @Test
    void eachCountFollowsTheOtherFilters() {
        ZoneId zone = WEEK.zone();
        EventFilter day = EventFilter.NONE.withRange(
                LocalDate.of(2022, 1, 12).atStartOfDay(zone).toInstant(),
                LocalDate.of(2022, 1, 13).atStartOfDay(zone).toInstant())
                .withSources(SourceFilter.includes(WEEK.sources().get(0).id()));
        EventFilter ticked = day.withKinds(EnumSet.of(EventKind.MEETING)).withActors(Set.of("russia"))
                .withPlaces(Set.of("brussels"));
        FacetCounts counts = FacetCounts.of(WEEK, ticked);
        for (EventKind k : EventKind.values()) {
            assertEquals(kept(ticked.withKinds(EnumSet.of(k))), counts.kind(k), k.label());
        }
        for (Actor a : WEEK.actors()) {
            assertEquals(kept(ticked.withActors(Set.of(a.id()))), counts.actor(a.id()), a.name());
        }
        for (Place p : WEEK.places()) {
            assertEquals(kept(ticked.withPlaces(Set.of(p.id()))), counts.place(p.id()), p.name());
        }
        assertTrue(FacetCounts.of(WEEK, day).actor("russia") < COUNTS.actor("russia"),
                "one day keeps fewer of Russia's events than the whole week: " + FacetCounts.of(WEEK, day).actor("russia"));
    }

    private static long kept(EventFilter f) {
        return WEEK.events().stream().filter(f.in(WEEK)).count();
    }
}
