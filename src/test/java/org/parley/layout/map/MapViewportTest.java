package org.parley.layout.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MapViewportTest {

    private static final Projection LAEA = LambertAzimuthalEqualArea.ETRS89_LAEA;
    // 2000 km wide, 1000 km tall, around the projection centre.
    private static final Bounds BOX = new Bounds(3_321_000, 2_710_000, 5_321_000, 3_710_000);

    @Test
    void fitShowsTheWholeBoxCentredWithAspectPreserved() {
        MapViewport v = MapViewport.fit(LAEA, BOX, 800, 800);

        // Width is the binding side: 2000 km over 800 px.
        assertEquals(2500, v.metresPerPixel(), 1e-9);
        assertEquals(4_321_000, v.centerX(), 1e-9);
        assertEquals(3_210_000, v.centerY(), 1e-9);
        ScreenPoint topLeft = v.toScreen(BOX.minX(), BOX.maxY());
        assertEquals(0, topLeft.x(), 1e-9);
        assertEquals(200, topLeft.y(), 1e-9, "the spare height is split evenly above and below");
    }

    @Test
    void fitWithMarginKeepsTheBoxInsideIt() {
        MapViewport v = MapViewport.fit(LAEA, BOX, 1000, 600, 50);

        ScreenPoint topLeft = v.toScreen(BOX.minX(), BOX.maxY());
        ScreenPoint bottomRight = v.toScreen(BOX.maxX(), BOX.minY());
        assertTrue(topLeft.x() >= 50 - 1e-9 && topLeft.y() >= 50 - 1e-9);
        assertTrue(bottomRight.x() <= 950 + 1e-9 && bottomRight.y() <= 550 + 1e-9);
    }

    @Test
    void screenYGrowsDownWhileNorthingGrowsUp() {
        MapViewport v = MapViewport.fit(LAEA, BOX, 800, 400);

        ScreenPoint tallinn = v.project(24.7536, 59.4370);
        ScreenPoint vienna = v.project(16.3738, 48.2082);
        assertTrue(tallinn.y() < vienna.y());
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "400, 200", "799.5, 13.25", "-300, 900"})
    void screenAndMapRoundTrip(double px, double py) {
        MapViewport v = MapViewport.fit(LAEA, BOX, 800, 400).zoom(3.7, 100, 50).pan(12, -7);

        MapPoint m = v.toMap(px, py);
        ScreenPoint back = v.toScreen(m.x(), m.y());
        assertEquals(px, back.x(), 1e-6);
        assertEquals(py, back.y(), 1e-6);
    }

    @Test
    void lonLatRoundTripsThroughTheScreen() {
        MapViewport v = MapViewport.fit(LAEA, BOX, 800, 400);

        ScreenPoint geneva = v.project(6.1432, 46.2044);
        LonLat back = v.unproject(geneva.x(), geneva.y());
        assertEquals(6.1432, back.lon(), 1e-9);
        assertEquals(46.2044, back.lat(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"2, 0, 0", "2, 123, 321", "0.25, 799, 1", "10, 400, 200"})
    void zoomKeepsThePointUnderTheCursorFixed(double factor, double px, double py) {
        MapViewport before = MapViewport.fit(LAEA, BOX, 800, 400);
        MapPoint under = before.toMap(px, py);

        MapViewport after = before.zoom(factor, px, py);

        ScreenPoint stillThere = after.toScreen(under.x(), under.y());
        assertEquals(px, stillThere.x(), 1e-6);
        assertEquals(py, stillThere.y(), 1e-6);
        assertEquals(before.metresPerPixel() / factor, after.metresPerPixel(), 1e-9);
    }

    @Test
    void panMovesContentWithTheDrag() {
        MapViewport v = MapViewport.fit(LAEA, BOX, 800, 400);
        ScreenPoint before = v.project(16.3738, 48.2082);

        ScreenPoint after = v.pan(30, -20).project(16.3738, 48.2082);

        assertEquals(before.x() + 30, after.x(), 1e-6);
        assertEquals(before.y() - 20, after.y(), 1e-6);
    }

    @Test
    void containsTellsVisibleFromHidden() {
        MapViewport v = MapViewport.fit(LAEA, BOX, 800, 400);

        assertTrue(v.contains(10, 52));
        assertFalse(v.contains(-77.0369, 38.9072));
        assertTrue(v.containsScreen(0, 400));
        assertFalse(v.containsScreen(-0.5, 10));
    }

    @Test
    void visibleBoundsMatchTheCorners() {
        MapViewport v = MapViewport.fit(LAEA, BOX, 800, 400).zoom(2, 10, 10);

        Bounds b = v.visibleBounds();
        MapPoint topLeft = v.toMap(0, 0);
        MapPoint bottomRight = v.toMap(800, 400);
        assertEquals(topLeft.x(), b.minX(), 1e-6);
        assertEquals(topLeft.y(), b.maxY(), 1e-6);
        assertEquals(bottomRight.x(), b.maxX(), 1e-6);
        assertEquals(bottomRight.y(), b.minY(), 1e-6);
    }

    @Test
    void resizeKeepsCentreAndScale() {
        MapViewport v = MapViewport.fit(LAEA, BOX, 800, 400).resize(1200, 300);

        assertEquals(4_321_000, v.centerX(), 1e-9);
        assertEquals(2500, v.metresPerPixel(), 1e-9);
        assertEquals(1200, v.width());
    }

    @Test
    void nonsenseIsRejected() {
        MapViewport v = MapViewport.fit(LAEA, BOX, 800, 400);

        assertThrows(IllegalArgumentException.class, () -> v.zoom(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> v.zoom(Double.NaN, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> v.resize(0, 10));
        assertThrows(IllegalArgumentException.class, () -> MapViewport.fit(LAEA, BOX, 100, 100, 60));
    }
}
