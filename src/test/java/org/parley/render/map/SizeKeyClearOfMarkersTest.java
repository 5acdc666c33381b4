package org.parley.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.layout.map.MapViewport;
import org.parley.model.Place;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;
import org.parley.render.label.Rect;

/**
 * The size key and its note go where they hide no place. At twice the scale on a 1920x1080 screen the map pane is
 * about 344 by 201 px; leaving the presentation on its first slide, the map followed Geneva and the note "15 of the
 * 64 events shown have no place on the map." lay over Brussels' circle, the key being kept clear of the title and
 * the legend only.
 */
class SizeKeyClearOfMarkersTest {

    private static final double WIDTH = 344;
    private static final double HEIGHT = 201;
    private static final double METRES_PER_PIXEL = 12_300;

    @Test
    void theKeyAndItsNoteHideNoMarkerOnTheMapFollowingGeneva() {
        Place geneva = MapFixture.WEEK.place("geneva").orElseThrow();
        var at = MapFixture.BASEMAP.projection().forward(geneva.lon(), geneva.lat());
        MapViewport followed = new MapViewport(MapFixture.BASEMAP.projection(), at.x(), at.y(), METRES_PER_PIXEL,
                WIDTH, HEIGHT);
        MapScene scene = new MapSceneBuilder(MapFixture.BASEMAP, followed, MapFixture.WEEK)
                .selectedEvent("geneva-dinner").sizeKey(true).build();
        assertFalse(scene.unplacedNote().isBlank(), "the week has events with no place: the note is drawn");

        MapPainter painter = paint(scene);

        List<Rect> key = painter.lastSizeKey();
        assertEquals(2, key.size(), "the key and its note: " + key);
        for (Rect box : key) {
            for (PlaceMarker m : scene.markers()) {
                Rect marker = Rect.around(m.position().x(), m.position().y(), m.radius());
                assertFalse(box.overlaps(marker), m.place().id() + "'s marker " + marker + " under " + box);
            }
            for (MarkerCluster c : scene.clusters()) {
                assertFalse(box.overlaps(Rect.around(c.position().x(), c.position().y(), c.radius())),
                        "a group's circle under " + box);
            }
            for (var badge : painter.lastBadges()) {
                assertFalse(box.overlaps(Rect.around(badge.x(), badge.y(), RouteArt.BADGE_RADIUS)),
                        "a stop's badge under " + box);
            }
            for (MapLabel label : painter.lastLabels()) {
                assertFalse(box.overlaps(label.box()), "\"" + label.text() + "\" under " + box);
            }
            assertTrue(box.x() >= 0 && box.y() >= 0 && box.x() + box.w() <= WIDTH && box.y() + box.h() <= HEIGHT,
                    "inside the map: " + box);
        }
    }

    private static MapPainter paint(MapScene scene) {
        BufferedImage image = new BufferedImage((int) WIDTH, (int) HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        MapPainter painter = new MapPainter();
        try {
            painter.paint(new Java2DPainter(g), scene, Theme.LIGHT);
        } finally {
            g.dispose();
        }
        return painter;
    }
}
