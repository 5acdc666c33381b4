package org.parley.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.layout.map.ScreenPoint;
import org.parley.model.Place;
import org.parley.model.PlaceKind;

class MarkerClustersTest {

    private static PlaceMarker city(String id, double x, double y, int events) {
        return new PlaceMarker(new Place(id, "Place " + id, 0, 0, PlaceKind.CITY, "", ""), new ScreenPoint(x, y), events,
                MarkerSize.radius(events, 400));
    }

    @Test
    void aCrowdOfCitiesIsDrawnAsOneCircleThatCountsThem() {
        List<PlaceMarker> crowd = List.of(city("a", 100, 100, 300), city("b", 110, 104, 100), city("c", 92, 112, 50),
                city("d", 120, 90, 50), city("far", 400, 300, 10));
        MarkerClusters.Split split = MarkerClusters.of(crowd, Set.of(), 400);

        assertEquals(1, split.clusters().size());
        MarkerCluster group = split.clusters().get(0);
        assertEquals(List.of("a", "b", "c", "d"), group.members().stream().map(m -> m.place().id()).toList());
        assertEquals(4, group.places());
        assertEquals(500, group.events());
        // Drawn on its busiest place.
        assertEquals(new ScreenPoint(100, 100), group.position());
        assertTrue(group.radius() >= MarkerClusters.MIN_RADIUS);
        assertEquals(List.of("far"), split.singles().stream().map(m -> m.place().id()).toList());
        assertEquals(Math.hypot(120 - group.position().x(), 90 - group.position().y()), group.spread(), 1e-9);
        assertEquals("4 places: Place a (300 events), Place b (100), Place c (50), Place d (50).\n"
                + "Too close together to draw apart here. Click to zoom in on them.", ClusterText.describe(group));
    }

    @Test
    void twoCirclesOnOneAnotherStillReadAsTwo() {
        MarkerClusters.Split split = MarkerClusters.of(List.of(city("vienna", 100, 100, 30), city("bratislava", 108, 102, 2)),
                Set.of(), 30);
        assertTrue(split.clusters().isEmpty());
        assertEquals(2, split.singles().size());
    }

    @Test
    void countriesTheSelectionTheRouteAndAVenueWithItsCityStayApart() {
        List<PlaceMarker> markers = new ArrayList<>(List.of(city("a", 100, 100, 30), city("b", 104, 100, 20),
                city("selected", 98, 104, 10)));
        markers.add(new PlaceMarker(new Place("ukraine", "Ukraine", 0, 0, PlaceKind.COUNTRY, "804", ""),
                new ScreenPoint(102, 102), 40, 12));
        markers.add(new PlaceMarker(new Place("hq", "Headquarters", 0, 0, PlaceKind.VENUE, "", "", "a"),
                new ScreenPoint(101, 100), 5, 6));
        MarkerClusters.Split split = MarkerClusters.of(markers, Set.of("selected"), 40);
        // Left with "b" alone of the grouping kind: no group.
        assertTrue(split.clusters().isEmpty(), split.clusters().toString());
        assertEquals(5, split.singles().size());
        // Largest first, as markers are drawn.
        for (int i = 1; i < split.singles().size(); i++) {
            assertTrue(split.singles().get(i - 1).radius() >= split.singles().get(i).radius());
        }
    }

    @Test
    void groupsAreAnchoredFarEnoughApartNotToLieOnOneAnother() {
        List<PlaceMarker> grid = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < 20; j++) {
                grid.add(city(i + "-" + j, 10 + 9 * i, 10 + 9 * j, 1 + (i * 7 + j * 13) % 50));
            }
        }
        MarkerClusters.Split split = MarkerClusters.of(grid, Set.of(), 50);
        int placed = split.singles().size();
        for (MarkerCluster c : split.clusters()) {
            placed += c.places();
            for (PlaceMarker m : c.members()) {
                PlaceMarker anchor = c.members().get(0);
                assertTrue(Math.hypot(m.position().x() - anchor.position().x(), m.position().y() - anchor.position().y())
                        < MarkerClusters.JOIN_PX);
            }
        }
        assertEquals(grid.size(), placed, "every place is drawn once, alone or in a group");
        for (MarkerCluster a : split.clusters()) {
            for (MarkerCluster b : split.clusters()) {
                if (a != b) {
                    double apart = Math.hypot(a.position().x() - b.position().x(), a.position().y() - b.position().y());
                    assertTrue(apart >= MarkerClusters.JOIN_PX);
                    double rings = a.radius() + b.radius() + 2 * MarkerArt.CLUSTER_RING_GAP;
                    assertTrue(apart > rings, "two groups' circles, rings and all, do not touch");
                }
            }
        }
    }

    /** The week's maps keep every place its own circle, on the screen, the slides and the handout, at any size. */
    @Test
    void theWeekIsNeverGrouped() {
        for (double[] size : new double[][] {{1920, 1080}, {1200, 800}, {640, 420}, {420, 280}, {300, 200}}) {
            MapScene scene = new MapSceneBuilder(MapFixture.BASEMAP, MapFixture.europe(size[0], size[1]), MapFixture.WEEK)
                    .build();
            assertTrue(scene.clusters().isEmpty(), size[0] + "×" + size[1] + ": " + scene.clusters());
            assertEquals(scene.everyMarker().size(), scene.markers().size());
        }
    }
}
