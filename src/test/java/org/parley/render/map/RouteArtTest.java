package org.parley.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ScreenPoint;
import org.parley.model.Event;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;

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
            RecordingPainter painter = new RecordingPainter();
            RouteArt.paintLegs(painter, stops, RouteArt.clearances(scene.route(), scene.markers()),
                    Theme.LIGHT);
            assertEquals(scene.route().size() - 1, painter.named("polyline").size(),
                    "legs drawn at " + size[0] + "×" + size[1]);
        }
        assertTrue(small > 0, "some of these sizes put Geneva and Brussels closer than their markers are wide");
    }

    /**
     * A leg joins any two distinct stops, however near: on a slide's map Geneva's and Brussels'
     * circles stand little more than a circle apart, and the leg was left out from step 7 on ("too short"), so the
     * route vanished on the key slide. It runs into neither circle: with the badges beside the circles, a leg drawn
     * to the stops' centres ran across Brussels' ringed circle. Far enough apart it has its arrowhead.
     */
    @Test
    void aLegJoinsAnyTwoDistinctStopsAndEntersNeitherCircleWhereTheyStandApart() {
        double bigMarker = 18;   // Brussels' circle on a slide
        double clear = bigMarker + 5 + 3;   // its clearance: circle, ring and air
        for (double apart : new double[] {2 * bigMarker + 8, 46, 46, 52, 60, 80, 200}) {
            for (double angle : new double[] {0, 1.1, 2.5, 4}) {
                ScreenPoint a = new ScreenPoint(300, 200);
                ScreenPoint b = new ScreenPoint(300 + apart * Math.cos(angle), 200 + apart * Math.sin(angle));
                RecordingPainter painter = new RecordingPainter();
                RouteArt.paintLegs(painter, List.of(a, b), new double[] {clear, clear}, Theme.LIGHT);
                String where = apart + " px apart at " + angle;
                assertEquals(1, painter.named("polyline").size(), "one leg at " + where);
                var line = painter.named("polyline").get(0);
                assertTrue(Math.hypot(line.x() - a.x(), line.y() - a.y()) > bigMarker, "starts outside circle 1 at " + where);
                List<RecordingPainter.Op> heads = painter.named("fillPolygon");
                assertTrue(heads.size() <= 1, where);
                if (apart >= 2 * bigMarker + 12) {
                    assertEquals(1, heads.size(), "an arrowhead at " + where);
                }
                for (var head : heads) {
                    double toB = Math.hypot(head.x() - b.x(), head.y() - b.y());
                    assertTrue(toB > bigMarker && toB <= clear + apart / 16, "tip by circle 2, outside it, at " + where + ": " + toB);
                    assertTrue(Math.hypot(head.x() - a.x(), head.y() - a.y()) > bigMarker, "tip off circle 1 at " + where);
                }
            }
        }
        ScreenPoint p = new ScreenPoint(300, 200);
        RecordingPainter touching = new RecordingPainter();
        RouteArt.paintLegs(touching, List.of(p, new ScreenPoint(300 + 2 * bigMarker, 200)), new double[] {clear, clear},
                Theme.LIGHT);
        assertEquals(1, touching.named("polyline").size(), "circles that touch are still joined");
        assertEquals(0, touching.named("fillPolygon").size(), "with no arrowhead on them");
        RecordingPainter same = new RecordingPainter();
        RouteArt.paintLegs(same, List.of(p, p), new double[] {clear, clear}, Theme.LIGHT);
        assertEquals(0, same.named("polyline").size(), "stops on top of each other have no leg");
    }

    /**
     * Filtered to Geneva's and Vienna's meetings, the explorer's map draws those two stops with their numbers in the
     * week and no leg between them: a line from Geneva straight to Vienna is a journey nobody made.
     */
    @Test
    void aFilterThatSkipsAStopDrawsNoLegAcrossItAndKeepsTheWeeksNumbers() {
        MapViewport europe = MapFixture.europe(1200, 720);
        List<Event> kept = MapFixture.WEEK.events().stream()
                .filter(e -> e.place().equals("geneva") || e.place().equals("vienna")).toList();
        MapScene scene = new MapSceneBuilder(MapFixture.BASEMAP, europe, MapFixture.WEEK)
                .data(MapData.ofFilter(MapFixture.WEEK, kept)).build();
        assertEquals(List.of(1, 3), scene.route().stream().map(RouteStop::number).toList());
        List<ScreenPoint> stops = RouteArt.stopPositions(scene.route(), europe);
        RecordingPainter legs = new RecordingPainter();
        RouteArt.paintLegs(legs, scene.route(), stops, RouteArt.clearances(scene.route(), scene.markers()),
                Theme.LIGHT);
        assertEquals(0, legs.named("polyline").size(), "no leg from Geneva to Vienna");
        RecordingPainter badges = new RecordingPainter();
        RouteArt.paintBadges(badges, scene.route(), stops, Theme.LIGHT);
        assertEquals(List.of("1", "3"), badges.named("text").stream().map(op -> op.text()).toList());
    }
}
