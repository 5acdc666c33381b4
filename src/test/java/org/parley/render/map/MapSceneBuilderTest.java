package org.parley.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
        Set<String> drawn = new java.util.HashSet<>();
        scene.markers().forEach(m -> drawn.add(m.place().id()));
        scene.offscreen().forEach(o -> drawn.add(o.place().id()));
        assertTrue(drawn.containsAll(Set.of("geneva", "nato-hq", "vienna", "moscow", "ukraine", "washington")), drawn.toString());
        assertTrue(drawn.stream().noneMatch(Set.of("europe", "eastern-europe", "post-soviet-space", "russia-country")::contains),
                drawn.toString());
    }

    @Test
    void markersAreSizedBySquareRootOfEvents() {
        assertEquals(MarkerSize.MIN_RADIUS, MarkerSize.radius(1));
        assertEquals(MarkerSize.MIN_RADIUS + 3 * 2, MarkerSize.radius(5), 1e-9);
        assertEquals(MarkerSize.MAX_RADIUS, MarkerSize.radius(10_000));
    }

    @Test
    void highlightedPlacesAreWhereTheSelectedActorActed() {
        MapScene scene = MapFixture.scene().selectedActor("sherman").build();
        assertTrue(scene.highlightedPlaces().containsAll(Set.of("geneva", "brussels")), scene.highlightedPlaces().toString());
    }
}
