package org.parley.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ScreenPoint;

class MapSceneBuilderTest {

    @Test
    void weekRouteComesFromTheMeetingsOfTheTalkTracks() {
        List<RouteStop> route = WeekRoute.of(MapFixture.WEEK);
        assertEquals(List.of("1 Geneva 9–10 Jan", "2 Brussels 12 Jan", "3 Vienna 13 Jan"),
                route.stream().map(RouteStop::label).toList());
        assertTrue(route.get(1).placeIds().contains("nato-hq"));
    }

    @Test
    void balticStatesShadeEstoniaLatviaLithuania() {
        MapScene scene = MapFixture.scene().selectedEvent("kallas-reuters").build();
        assertEquals(Set.of("233", "428", "440"), scene.shadedCountries());
    }

    @Test
    void vagueRegionsAndFarCountriesGetNoMarkerOrArrow() {
        MapScene scene = MapFixture.sceneWithAnEventInWashington().build();
        Set<String> drawn = new HashSet<>();
        scene.markers().forEach(m -> drawn.add(m.place().id()));
        scene.offscreen().forEach(o -> drawn.add(o.place().id()));
        assertTrue(drawn.containsAll(Set.of("geneva", "nato-hq", "vienna", "moscow", "ukraine", "washington")), drawn.toString());
        assertTrue(drawn.stream().noneMatch(Set.of("europe", "eastern-europe", "post-soviet-space", "russia-country")::contains),
                drawn.toString());
    }

    @Test
    void markersAreSizedBySquareRootOfEvents() {
        // A week's counts: a fixed scale, 3 px per square-root event.
        assertEquals(MarkerSize.MIN_RADIUS, MarkerSize.radius(1, 20));
        assertEquals(MarkerSize.MIN_RADIUS + 3 * 2, MarkerSize.radius(5, 20), 1e-9);
        // Thousands: relative to the busiest place, so 30 and 3,000 events differ; area still grows with the count.
        assertEquals(MarkerSize.MAX_RADIUS, MarkerSize.radius(3_001, 3_001), 1e-9);
        assertTrue(MarkerSize.radius(30, 3_001) < MarkerSize.radius(300, 3_001));
        double quarter = MarkerSize.radius(751, 3_001) - MarkerSize.MIN_RADIUS;
        assertEquals((MarkerSize.MAX_RADIUS - MarkerSize.MIN_RADIUS) / 2, quarter, 1e-9);
        assertEquals(500, MapFurniture.roundDown(750));
        assertEquals(20, MapFurniture.roundDown(27));
    }

    /** The scale is the filter's, not the viewport's: zoomed in on Geneva, away from busier Brussels, Geneva keeps its size. */
    @Test
    void zoomingAndPanningDoNotResizeAMarker() {
        MapScene wide = MapFixture.scene().build();
        PlaceMarker geneva = marker(wide, "geneva");
        ScreenPoint at = geneva.position();
        MapViewport close = wide.viewport().zoom(8, at.x(), at.y()).pan(40, 0);
        MapScene near = new MapSceneBuilder(MapFixture.BASEMAP, close, MapFixture.WEEK).build();
        assertTrue(near.markers().stream().noneMatch(m -> m.place().id().equals("nato-hq")),
                "fixture: the busiest place is off this view");
        assertEquals(wide.busiest(), near.busiest());
        assertEquals(geneva.radius(), marker(near, "geneva").radius(), 1e-9);
    }

    private static PlaceMarker marker(MapScene scene, String place) {
        return scene.markers().stream().filter(m -> m.place().id().equals(place)).findFirst().orElseThrow();
    }

    @Test
    void highlightedPlacesAreWhereTheSelectedActorActed() {
        MapScene scene = MapFixture.scene().selectedActor("sherman").build();
        assertTrue(scene.highlightedPlaces().containsAll(Set.of("geneva", "brussels")), scene.highlightedPlaces().toString());
    }
}
