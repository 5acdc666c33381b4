package org.parley.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.Place;
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

    private static long kept(EventFilter f) {
        return WEEK.events().stream().filter(f.in(WEEK)).count();
    }
}
