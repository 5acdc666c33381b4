package org.parley.layout.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectedBasemapTest {

    /** Keeps numbers readable: projects degrees to "metres" one-to-one. */
    private static final Projection IDENTITY = new Projection() {
        @Override
        public MapPoint forward(double lon, double lat) {
            return new MapPoint(lon, lat);
        }

        @Override
        public LonLat inverse(double x, double y) {
            return new LonLat(x, y);
        }
    };

    private static final double[] SQUARE = {0, 0, 10, 0, 10, 10, 0, 10, 0, 0};
    private static final double[] HOLE = {4, 4, 6, 4, 6, 6, 4, 6, 4, 4};
    private static final double[] ISLAND = {20, 0, 25, 0, 25, 5, 20, 5, 20, 0};

    private static ProjectedBasemap sample() {
        Basemap map = new Basemap(List.of(
                new Country("001", "Ring", List.of(new Polygon(SQUARE, List.of(HOLE)), new Polygon(ISLAND, List.of()))),
                new Country("002", "Lake", List.of(new Polygon(HOLE, List.of()))),
                new Country("003", "Nothing", List.of())),
                List.of(new Polygon(SQUARE, List.of())));
        return ProjectedBasemap.of(map, IDENTITY);
    }

    @Test
    void hitTestingRespectsHolesAndParts() {
        ProjectedBasemap map = sample();

        assertEquals(Optional.of("001"), map.countryAt(1, 1));
        assertEquals(Optional.of("002"), map.countryAt(5, 5), "the hole of 001 is filled by 002");
        assertEquals(Optional.of("001"), map.countryAt(22, 2), "second part");
        assertEquals(Optional.empty(), map.countryAt(15, 2));
        assertEquals(Optional.empty(), map.countryAt(-1, 5));
    }

    @Test
    void boundsCoverEveryPart() {
        ProjectedBasemap map = sample();

        Bounds ring = map.countries().get(0).bounds();
        assertEquals(new Bounds(0, 0, 25, 10), ring);
        assertEquals(new Bounds(0, 0, 25, 10), map.bounds());
    }

    @Test
    void countriesWithoutShapesAreLeftOut() {
        assertEquals(List.of("001", "002"), sample().countries().stream().map(ProjectedCountry::id).toList());
    }

    @Test
    void cullingByBounds() {
        ProjectedBasemap map = sample();

        assertEquals(List.of("001"), map.countriesIn(new Bounds(21, 1, 22, 2)).stream().map(ProjectedCountry::id).toList());
        assertTrue(map.countriesIn(new Bounds(100, 100, 101, 101)).isEmpty());
        assertFalse(map.landIn(new Bounds(9, 9, 11, 11)).isEmpty());
    }

    @Test
    void ringTestWorksWithOrWithoutTheClosingPoint() {
        double[] open = {0, 0, 10, 0, 10, 10, 0, 10};

        assertTrue(PointInPolygon.crossesOddTimes(open, 5, 5));
        assertTrue(PointInPolygon.crossesOddTimes(SQUARE, 5, 5));
        assertFalse(PointInPolygon.crossesOddTimes(open, 15, 5));
    }
}
