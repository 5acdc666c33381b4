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
}
