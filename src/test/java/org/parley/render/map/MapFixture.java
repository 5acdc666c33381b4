package org.parley.render.map;
import org.parley.model.Event;
import org.parley.seed.BundledSeeds;
import org.parley.layout.map.LambertAzimuthalEqualArea;

import java.util.ArrayList;
import java.util.List;
import org.parley.layout.map.LonLatBox;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;

/** The basemap and the week's data, decoded once for all map tests in a JVM. */
final class MapFixture {

    static final ProjectedBasemap BASEMAP = ProjectedBasemap.europe();
    static final Dataset WEEK = BundledSeeds.dataset();

    private MapFixture() {
    }

    static MapViewport europe(double width, double height) {
        return MapViewport.fit(LambertAzimuthalEqualArea.ETRS89_LAEA,
                LonLatBox.EUROPE.projectedBounds(LambertAzimuthalEqualArea.ETRS89_LAEA), width, height);
    }

    static MapSceneBuilder scene() {
        return new MapSceneBuilder(BASEMAP, europe(1200, 800), WEEK);
    }

    /**
     * The week plus one event placed in Washington. Since the re-curation (issue 9) no event of the
     * week is: the papers never say where Antonov or the Biden administration spoke. The edge arrow
     * for a place off the map is tested on this copy.
     */
    static MapSceneBuilder sceneWithAnEventInWashington() {
        return new MapSceneBuilder(BASEMAP, europe(1200, 800), WEEK_WITH_WASHINGTON);
    }

    /** The week plus one event placed in Washington (see {@link #sceneWithAnEventInWashington()}). */
    static final Dataset WEEK_WITH_WASHINGTON = withAnEventInWashington();

    private static Dataset withAnEventInWashington() {
        Event antonov = WEEK.event("antonov-rhetoric").orElseThrow();
        Event there = new Event("in-washington", antonov.title(), antonov.summary(),
                antonov.time(), 99, "washington", antonov.refers(), antonov.kind(), antonov.cameo(), antonov.track(),
                antonov.actors(), antonov.evidence(), true, "test fixture");
        List<Event> events = new ArrayList<>(WEEK.events());
        events.add(there);
        return new Dataset(WEEK.title(), WEEK.description(), WEEK.sources(), WEEK.actors(), WEEK.places(),
                events, WEEK.quotes(), WEEK.divergences(), WEEK.positions());
    }
}
