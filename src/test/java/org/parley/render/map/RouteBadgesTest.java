package org.parley.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.layout.map.Bounds;
import org.parley.layout.map.LambertAzimuthalEqualArea;
import org.parley.layout.map.LonLatBox;
import org.parley.layout.map.MapViewport;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;
import org.parley.render.label.Rect;

class RouteBadgesTest {

    /**
     * Drawn on its stop, a badge hid Geneva's and Vienna's circles whole, and the size key showed a size found
     * nowhere on the map. Painted at the sizes the map is shown at (the map tab, a slide's map, an export), zoomed
     * out and in, with and without the stop ringed, every stop's circle stays clear of every badge.
     */
    @Test
    void noBadgeCoversAStopsCircle() {
        List<MapViewport> viewports = new ArrayList<>();
        for (double[] size : new double[][] {{420, 300}, {700, 420}, {900, 540}, {1200, 720}, {1920, 1080}}) {
            viewports.add(MapFixture.europe(size[0], size[1]));
        }
        Bounds alps = new LonLatBox(2, 43, 20, 52).projectedBounds(LambertAzimuthalEqualArea.ETRS89_LAEA);
        viewports.add(MapViewport.fit(LambertAzimuthalEqualArea.ETRS89_LAEA, alps, 800, 600));
        int circlesChecked = 0;
        for (MapViewport viewport : viewports) {
            for (String selected : new String[] {null, "geneva", "vienna"}) {
                MapScene scene = new MapSceneBuilder(MapFixture.BASEMAP, viewport, MapFixture.WEEK)
                        .selectedPlace(selected).sizeKey(true).build();
                RecordingPainter painter = new RecordingPainter();
                new MapPainter().paint(painter, scene, Theme.LIGHT);
                List<RecordingPainter.Op> badges = painter.named("fillOval").stream()
                        .filter(o -> Theme.LIGHT.route().equals(o.colour()) && o.r() == RouteArt.BADGE_RADIUS).toList();
                assertEquals(scene.route().size(), badges.size(), "one badge per stop");
                for (PlaceMarker m : scene.markers()) {
                    if (scene.route().stream().noneMatch(s -> s.placeIds().contains(m.place().id()))) {
                        continue;
                    }
                    circlesChecked++;
                    for (RecordingPainter.Op badge : badges) {
                        double apart = Math.hypot(badge.cx() - m.position().x(), badge.cy() - m.position().y());
                        assertTrue(apart >= m.radius() + RouteArt.BADGE_RADIUS,
                                "a badge on " + m.place().name() + "'s circle (radius " + m.radius() + ", "
                                        + apart + " px apart) at " + viewport.width() + "×" + viewport.height()
                                        + ", selected " + selected);
                    }
                }
            }
        }
        assertTrue(circlesChecked >= viewports.size() * 3 * 3, "the stops' circles were on the maps: " + circlesChecked);
    }

    /** A badge stands by its own stop: nearer its own circle than any other stop's, so "1" still reads as Geneva. */
    @Test
    void eachBadgeStaysBesideItsOwnStop() {
        MapViewport viewport = MapFixture.europe(1200, 720);
        MapScene scene = new MapSceneBuilder(MapFixture.BASEMAP, viewport, MapFixture.WEEK).build();
        var badges = RouteBadges.positions(scene, RouteArt.stopPositions(scene.route(), viewport), List.of());
        for (int i = 0; i < scene.route().size(); i++) {
            RouteStop stop = scene.route().get(i);
            var own = viewport.project(stop.lon(), stop.lat());
            double toOwn = Math.hypot(badges.get(i).x() - own.x(), badges.get(i).y() - own.y());
            assertTrue(toOwn <= MarkerSize.MAX_RADIUS + RouteArt.BADGE_RADIUS + 3 * RouteBadges.GAP + 8,
                    stop.name() + "'s badge " + toOwn + " px from it");
            for (int j = 0; j < scene.route().size(); j++) {
                RouteStop other = scene.route().get(j);
                var there = viewport.project(other.lon(), other.lat());
                if (j != i) {
                    assertTrue(Math.hypot(badges.get(i).x() - there.x(), badges.get(i).y() - there.y()) > toOwn,
                            stop.name() + "'s badge nearer " + other.name());
                }
            }
        }
    }

    /**
     * Geneva by the bottom edge of a slide's map, its leg leaving up and to the left: its "1" went under the basemap's
     * credit and over the edge. Painted, no badge reaches under the credit or past the panel, outline and all.
     */
    @Test
    void noBadgeGoesUnderTheCreditOrOffThePanel() {
        int checked = 0;
        for (double south = 44.8; south < 46.0; south += 0.1) {
            Bounds box = new LonLatBox(-8, south, 22, south + 13).projectedBounds(LambertAzimuthalEqualArea.ETRS89_LAEA);
            MapViewport viewport = MapViewport.fit(LambertAzimuthalEqualArea.ETRS89_LAEA, box, 690, 350);
            MapScene scene = new MapSceneBuilder(MapFixture.BASEMAP, viewport, MapFixture.WEEK).selectedPlace("brussels").build();
            RecordingPainter painter = new RecordingPainter();
            new MapPainter().paint(painter, scene, Theme.LIGHT);
            Rect credit = MapFurniture.credit(new RecordingPainter(), viewport).box();
            double outline = RouteArt.BADGE_RADIUS + 1.5;
            for (RecordingPainter.Op badge : painter.named("fillOval")) {
                if (!Theme.LIGHT.route().equals(badge.colour()) || badge.r() != RouteArt.BADGE_RADIUS) {
                    continue;
                }
                checked++;
                String where = "badge at " + badge.cx() + "," + badge.cy() + " with the map's south edge at " + south + "°";
                assertTrue(!credit.overlaps(Rect.around(badge.cx(), badge.cy(), outline)), where + " under the credit " + credit);
                assertTrue(badge.cx() - outline >= 0 && badge.cy() - outline >= 0 && badge.cx() + outline <= viewport.width()
                        && badge.cy() + outline <= viewport.height(), where + " off the panel");
            }
        }
        assertTrue(checked > 0);
    }
}
