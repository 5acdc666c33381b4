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

    /**
     * NATO's headquarters lie within Brussels, a few km from its centre: on a map of Europe the two
     * markers are one spot under the route's "2 Brussels 12 Jan", and a pixel decided which a
     * click chose — a double-click there filtered by the headquarters alone, 10 events of the 27 Brussels keeps.
     * The place the other lies within is chosen, and filtering by it keeps what lies within.
     */
    @Test
    void onOneSpotThePlaceTheOtherLiesWithinIsChosen() {
        PlaceMarker city = marker("brussels", 100, 100, 12);
        PlaceMarker venue = new PlaceMarker(new Place("nato-hq", "NATO headquarters, Brussels", 0, 0, PlaceKind.VENUE,
                "", "", "brussels"), new ScreenPoint(101.2, 99.4), 1, 8);
        for (List<PlaceMarker> drawn : List.of(List.of(city, venue), List.of(venue, city))) {
            assertEquals("brussels", MarkerHitTest.at(drawn, 101.5, 99.3).orElseThrow().place().id());
            assertEquals("brussels", MarkerHitTest.at(drawn, 99, 101).orElseThrow().place().id());
        }

        // Zoomed in far enough to tell them apart, each is its own.
        PlaceMarker apart = new PlaceMarker(venue.place(), new ScreenPoint(140, 90), 1, 8);
        assertEquals("nato-hq", MarkerHitTest.at(List.of(city, apart), 139, 91).orElseThrow().place().id());
        assertEquals("brussels", MarkerHitTest.at(List.of(city, apart), 100, 100).orElseThrow().place().id());
    }

    @Test
    void emptySeaHitsNothing() {
        assertTrue(MarkerHitTest.at(markers, 100, 130).isEmpty());
    }
}
