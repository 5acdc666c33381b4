package org.parley.render.map;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.seed.BundledSeeds;

/**
 * The map keeps one dataset's index. A slide draws a first map of a step from that step's few events, at every
 * click: its index must not push out the open dataset's, or the next map of the whole dataset (the explorer's, the
 * slide's full map) builds it again, about 100 ms at 100,000 events.
 */
class MapIndexKeptTest {

    @Test
    void aSmallerDatasetsIndexDoesNotPushOutTheOpenOnes() {
        Dataset week = BundledSeeds.dataset();
        List<Event> oneStep = week.events().subList(0, 2);
        Dataset step = new Dataset(week.title(), "", week.focus().orElse(null), week.zone(), List.of(), List.of(),
                week.places(), oneStep, List.of(), List.of());
        MapIndex kept = MapIndex.of(week);
        assertNotSame(kept, MapIndex.of(step));
        assertSame(kept, MapIndex.of(week));
    }

    @Test
    void aLargerDatasetsIndexIsKeptInstead() {
        Dataset week = BundledSeeds.dataset();
        Dataset fewer = new Dataset(week.title(), "", week.focus().orElse(null), week.zone(), List.of(), List.of(),
                week.places(), week.events().subList(0, 5), List.of(), List.of());
        MapIndex.of(fewer);
        MapIndex whole = MapIndex.of(week);
        assertSame(whole, MapIndex.of(week));
    }
}
