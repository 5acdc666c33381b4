package org.parley.layout.map;

import org.junit.jupiter.api.Test;
import org.parley.model.Place;
import org.parley.model.PlaceKind;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Washington was drawn as a dot in the Atlantic on wide panels, where its projected point falls
 * inside the frame: places beyond the basemap's frame are arrows at every size and zoom.
 */
class EdgeArrowsAtEverySizeTest {

    private static final Place WASHINGTON = new Place("washington", "Washington", 38.9072, -77.0369, PlaceKind.CITY, "US", "");
    private static final Place GENEVA = new Place("geneva", "Geneva", 46.2044, 6.1432, PlaceKind.CITY, "CH", "");
    private static final Place ALMATY = new Place("almaty", "Almaty", 43.2389, 76.8897, PlaceKind.CITY, "KZ", "");
    private static final ProjectedBasemap BASEMAP = ProjectedBasemap.europe();

    @Test
    void washingtonIsAnArrowOnTheWesternSideAtEverySize() {
        double[][] sizes = {{250, 180}, {300, 120}, {640, 200}, {1366, 300}, {1920, 400}, {3840, 600}, {200, 900}};
        for (double[] size : sizes) {
            for (double zoomOut : new double[] {1, 2, 4, 8}) {
                MapViewport europe = MapViewport.fit(BASEMAP.projection(),
                        LonLatBox.EUROPE.projectedBounds(BASEMAP.projection()), size[0], size[1]);
                MapViewport v = europe.zoom(1 / zoomOut, size[0] / 2, size[1] / 2);
                MapLayout layout = MapLayout.of(BASEMAP, v, List.of(WASHINGTON, GENEVA, ALMATY), 14);
                String where = size[0] + "×" + size[1] + " zoomed out " + zoomOut + "×";
                assertTrue(layout.places().stream().noneMatch(p -> p.place() == WASHINGTON), "no dot " + where);
                assertTrue(layout.places().stream().noneMatch(p -> p.place() == ALMATY), "no dot " + where);
                OffscreenPlace arrow = layout.offscreen().stream().filter(o -> o.place() == WASHINGTON)
                        .findFirst().orElseThrow(() -> new AssertionError("no arrow " + where));
                ScreenPoint at = arrow.marker().position();
                assertTrue(at.x() >= 14 - 1e-9 && at.x() <= size[0] - 14 + 1e-9
                        && at.y() >= 14 - 1e-9 && at.y() <= size[1] - 14 + 1e-9, "on the inset border " + at + where);
                assertTrue(Math.cos(arrow.marker().angleRadians()) < 0, "points west " + where);
                boolean onBorder = Math.abs(at.x() - 14) < 1e-6 || Math.abs(at.x() - (size[0] - 14)) < 1e-6
                        || Math.abs(at.y() - 14) < 1e-6 || Math.abs(at.y() - (size[1] - 14)) < 1e-6;
                assertTrue(onBorder, "touches the border " + at + where);
            }
        }
    }

    @Test
    void placesInsideTheFrameStayMarkers() {
        MapViewport v = MapViewport.fit(BASEMAP.projection(), LonLatBox.EUROPE.projectedBounds(BASEMAP.projection()),
                1920, 400);
        MapLayout layout = MapLayout.of(BASEMAP, v, List.of(GENEVA), 14);
        assertEquals(1, layout.places().size());
        assertTrue(layout.offscreen().isEmpty());
    }
}
