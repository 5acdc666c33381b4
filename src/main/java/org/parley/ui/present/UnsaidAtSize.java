package org.parley.ui.present;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;
import org.parley.render.map.MapPainter;
import org.parley.render.map.MapScene;
import org.parley.render.map.UnnamedMarks;

/**
 * What a slide map would leave unnamed if drawn at its scene's size, found by letting the labeller place its names
 * with Java2D into a one-pixel image: the slide reserves room for a caption before it draws the map, so it must know
 * this first (decision 0146). Run on the compute thread, one instance per thread (it keeps a painter).
 */
final class UnsaidAtSize {

    private final MapPainter painter = new MapPainter();
    // One pixel: only the labeller's text measures are wanted, the drawing is clipped away.
    private final BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);

    UnnamedMarks of(MapScene scene) {
        Graphics2D g = image.createGraphics();
        try {
            // The names are placed over the basemap, never by it: the sea, land and borders, most of a map's
            // drawing, are left out here.
            painter.paintOverlay(new Java2DPainter(g), scene, Theme.LIGHT);
        } finally {
            g.dispose();
        }
        return painter.lastUnnamed();
    }
}
