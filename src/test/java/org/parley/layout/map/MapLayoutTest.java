package org.parley.layout.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Place;
import org.parley.model.PlaceKind;

class MapLayoutTest {

    private static final Place GENEVA = new Place("geneva", "Geneva", 46.2044, 6.1432, PlaceKind.CITY, "756", null);
    private static final Place BRUSSELS = new Place("brussels", "Brussels", 50.8503, 4.3517, PlaceKind.CITY, "056", null);
    private static final Place WASHINGTON = new Place("washington", "Washington", 38.9, -77.04, PlaceKind.CITY, "840", null);

    @Test
    void splitsPlacesIntoVisibleMarksAndEdgeArrows() {
        ProjectedBasemap basemap = ProjectedBasemap.europe();
        MapViewport viewport = MapViewport.fit(basemap.projection(),
                LonLatBox.EUROPE.projectedBounds(basemap.projection()), 1200, 800, 20);

        MapLayout layout = MapLayout.of(basemap, viewport, List.of(GENEVA, BRUSSELS, WASHINGTON), 12);

        assertEquals(List.of("geneva", "brussels"), layout.places().stream().map(m -> m.place().id()).toList());
        assertEquals(1, layout.offscreen().size());
        OffscreenPlace washington = layout.offscreen().get(0);
        assertEquals("washington", washington.place().id());
        assertEquals(12, washington.marker().position().x(), 1e-6, "on the left border, inset by 12 px");
        assertTrue(layout.countries().stream().anyMatch(c -> c.id().equals("804")));
        assertFalse(layout.land().isEmpty());
    }

    @Test
    void refusesAViewportInAnotherProjection() {
        ProjectedBasemap basemap = ProjectedBasemap.europe();
        Projection other = new LambertAzimuthalEqualArea(6_378_137.0, 1 / 298.257223563, 45, 0, 0, 0);
        MapViewport viewport = MapViewport.fit(other, basemap.bounds(), 800, 600);

        assertThrows(IllegalArgumentException.class, () -> MapLayout.of(basemap, viewport, List.of(), 0));
    }
}
