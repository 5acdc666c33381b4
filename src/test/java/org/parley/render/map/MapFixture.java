package org.parley.render.map;

import org.parley.seed.BundledSeeds;
import org.parley.layout.map.LambertAzimuthalEqualArea;
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
}
