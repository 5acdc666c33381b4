package org.parley.render.map;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.cli.SyntheticDataAccess;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;

/**
 * The map keeps one large dataset's index. A slide draws a first map of a step from that step's few events, at
 * every click: its index must not push out the open dataset's, or the next map of the whole dataset (the
 * explorer's, the slide's full map) builds it again, about 100 ms at 100,000 events.
 */
class MapIndexKeptTest {

    @Test
    void aFewEventsIndexDoesNotPushOutTheOpenDatasets() {
        Dataset many = SyntheticDataAccess.dataset(MapIndex.KEPT_FROM);
        Dataset step = new Dataset(many.title(), "", many.focus().orElse(null), many.zone(), List.of(), List.of(),
                many.places(), many.events().subList(0, 2), List.of(), List.of());
        MapIndex kept = MapIndex.of(many);
        assertSame(kept, MapIndex.of(many));
        assertNotSame(kept, MapIndex.of(step));
        assertSame(kept, MapIndex.of(many));
    }

    @Test
    void aDatasetOfFewEventsIsIndexedWheneverAsked() {
        Dataset week = BundledSeeds.dataset();
        assertNotSame(MapIndex.of(week), MapIndex.of(week));
    }
}
