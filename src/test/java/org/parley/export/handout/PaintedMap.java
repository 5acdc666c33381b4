package org.parley.export.handout;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.parley.render.awt.Java2DPainter;
import org.parley.render.map.MapPainter;
import org.parley.render.map.MapScene;
import org.parley.render.Theme;

/** A map scene painted as the handout and the image exports paint it, for its painter's record of what it placed. */
final class PaintedMap {

    private PaintedMap() {
    }

    /** The painter, after painting {@code scene} in {@code theme} into an image of its viewport's size. */
    static MapPainter of(MapScene scene, Theme theme) {
        int w = (int) Math.ceil(scene.viewport().width());
        int h = (int) Math.ceil(scene.viewport().height());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        MapPainter painter = new MapPainter();
        try {
            painter.paint(new Java2DPainter(g), scene, theme);
        } finally {
            g.dispose();
        }
        return painter;
    }
}
