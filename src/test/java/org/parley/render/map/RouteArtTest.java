package org.parley.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ScreenPoint;

class RouteArtTest {

    private static final List<RouteStop> ROUTE = WeekRoute.of(MapFixture.WEEK);

    /** Zoomed out, Geneva's "1" stood under Brussels' "2": every badge stays readable, the latest where its stop is. */
    @Test
    void badgesNeverCoverEachOtherAndTheLatestStaysOnItsStop() {
        assertEquals(3, ROUTE.size());
        for (double[] size : new double[][] {{250, 180}, {420, 300}, {900, 600}, {1920, 1080}}) {
            MapViewport europe = MapFixture.europe(size[0], size[1]);
            List<ScreenPoint> badges = RouteArt.stopPositions(ROUTE, europe);
            for (int i = 0; i < badges.size(); i++) {
                for (int j = i + 1; j < badges.size(); j++) {
                    double apart = Math.hypot(badges.get(i).x() - badges.get(j).x(), badges.get(i).y() - badges.get(j).y());
                    assertTrue(apart >= RouteArt.BADGES_APART - 1e-9, "badges " + (i + 1) + " and " + (j + 1) + " are "
                            + apart + " px apart at " + size[0] + "×" + size[1]);
                }
            }
            RouteStop last = ROUTE.get(ROUTE.size() - 1);
            assertEquals(europe.project(last.lon(), last.lat()), badges.get(badges.size() - 1));
        }
        // Where there is room, every badge is on its own stop.
        MapViewport large = MapFixture.europe(1920, 1080);
        List<ScreenPoint> badges = RouteArt.stopPositions(ROUTE, large);
        for (int i = 0; i < ROUTE.size(); i++) {
            assertEquals(large.project(ROUTE.get(i).lon(), ROUTE.get(i).lat()), badges.get(i));
        }
    }

    /**
     * Every leg is drawn, however small the map: on the main window's overview Geneva and Brussels
     * lie closer than their markers are wide, and the Geneva → Brussels leg had been left out.
     */
    @Test
    void everyLegIsDrawnAtTheSizesTheMapIsShownAt() {
        int small = 0;
        for (double[] size : new double[][] {{700, 420}, {800, 480}, {900, 540}, {1200, 720}, {1920, 1080}}) {
            MapViewport europe = MapFixture.europe(size[0], size[1]);
            MapScene scene = new MapSceneBuilder(MapFixture.BASEMAP, europe, MapFixture.WEEK).build();
            List<ScreenPoint> stops = RouteArt.stopPositions(scene.route(), europe);
            double[] clear = RouteArt.clearances(scene.route(), scene.markers());
            if (Math.hypot(stops.get(0).x() - stops.get(1).x(), stops.get(0).y() - stops.get(1).y()) < clear[0] + clear[1] + 13) {
                small++;
            }
            org.parley.render.RecordingPainter painter = new org.parley.render.RecordingPainter();
            RouteArt.paintLegs(painter, stops, RouteArt.clearances(scene.route(), scene.markers()),
                    org.parley.render.Theme.LIGHT);
            assertEquals(scene.route().size() - 1, painter.named("polyline").size(),
                    "legs drawn at " + size[0] + "×" + size[1]);
        }
        assertTrue(small > 0, "some of these sizes put Geneva and Brussels closer than their markers are wide");
    }

    /**
     * A leg joins any two distinct stops, however near: on a slide's map Geneva's and Brussels' badges stand a
     * little over a badge apart, and the leg was left out from step 7 on ("too short"), so the route vanished
     * on the key slide. Far enough apart, it runs from badge to badge with its arrowhead; nearly touching, a
     * short line joins the badges. Only badges on top of each other have none.
     */
    @Test
    void aLegJoinsAnyTwoDistinctStops() {
        double bigMarker = 18 + 5 + 3;   // Brussels' clearance on a slide: its largest marker, ring and air
        for (double apart : new double[] {RouteArt.BADGES_APART, 24, 28, 31, 35, 40, 52, 80, 200}) {
            for (double angle : new double[] {0, 1.1, 2.5, 4}) {
                ScreenPoint a = new ScreenPoint(300, 200);
                ScreenPoint b = new ScreenPoint(300 + apart * Math.cos(angle), 200 + apart * Math.sin(angle));
                org.parley.render.RecordingPainter painter = new org.parley.render.RecordingPainter();
                RouteArt.paintLegs(painter, List.of(a, b), new double[] {bigMarker, bigMarker}, org.parley.render.Theme.LIGHT);
                String where = apart + " px apart at " + angle;
                assertEquals(1, painter.named("polyline").size(), "one leg at " + where);
                var line = painter.named("polyline").get(0);
                // It starts at or beyond the first badge's centre, never behind it, and short of the second.
                assertTrue(Math.hypot(line.x() - a.x(), line.y() - a.y()) < apart - RouteArt.BADGE_RADIUS, "starts by 1 at " + where);
                List<org.parley.render.RecordingPainter.Op> heads = painter.named("fillPolygon");
                assertTrue(heads.size() <= 1, where);
                if (apart >= 2 * RouteArt.BADGE_RADIUS + 8) {
                    assertEquals(1, heads.size(), "an arrowhead at " + where);
                }
                for (var head : heads) {
                    // The tip is by the second badge, outside it and outside the first (the curve is drawn in 32 steps).
                    double toB = Math.hypot(head.x() - b.x(), head.y() - b.y());
                    assertTrue(toB >= RouteArt.BADGE_RADIUS && toB <= bigMarker + apart / 16, "tip by badge 2 at " + where + ": " + toB);
                    assertTrue(Math.hypot(head.x() - a.x(), head.y() - a.y()) > RouteArt.BADGE_RADIUS, "tip off badge 1 at " + where);
                }
            }
        }
        org.parley.render.RecordingPainter same = new org.parley.render.RecordingPainter();
        ScreenPoint p = new ScreenPoint(300, 200);
        RouteArt.paintLegs(same, List.of(p, p), new double[] {bigMarker, bigMarker}, org.parley.render.Theme.LIGHT);
        assertEquals(0, same.named("polyline").size(), "badges on top of each other have no leg");
    }
}
