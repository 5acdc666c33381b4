package org.parley.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.layout.map.ScreenPoint;
import org.parley.model.Place;
import org.parley.model.PlaceKind;

class MarkerHitTestTest {

    private static PlaceMarker marker(String id, double x, double y, double r) {
        return new PlaceMarker(new Place(id, id, 0, 0, PlaceKind.CITY, "", ""), new ScreenPoint(x, y), 1, r);
    }

    private final List<PlaceMarker> markers = List.of(marker("big", 100, 100, 15), marker("small", 112, 100, 4));

    @Test
    void theNearestMarkerWinsWhereCirclesOverlap() {
        assertEquals("small", MarkerHitTest.at(markers, 111, 100).orElseThrow().place().id());
        assertEquals("big", MarkerHitTest.at(markers, 95, 100).orElseThrow().place().id());
    }

    @Test
    void aFewPixelsOutsideTheCircleStillHit() {
        assertEquals("big", MarkerHitTest.at(markers, 100, 100 - 15 - MarkerHitTest.SLACK_PX).orElseThrow().place().id());
    }

    @Test
    void emptySeaHitsNothing() {
        assertTrue(MarkerHitTest.at(markers, 100, 130).isEmpty());
    }
}
