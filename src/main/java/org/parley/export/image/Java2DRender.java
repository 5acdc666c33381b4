package org.parley.export.image;

import java.awt.Graphics2D;
import org.parley.render.awt.Java2DPainter;

/** What the bitmap, SVG and PDF writers share: painting a picture on a Java2D surface. */
final class Java2DRender {

    private Java2DRender() {
    }

    /**
     * Scales {@code g} from logical to output pixels, then paints the picture's background and the
     * picture. Scaling the graphics rather than the layout keeps text and lines sharp at 2× or 3×.
     */
    static void paint(Graphics2D g, Picture picture, double factor) {
        paint(g, picture, factor, Java2DPainter.TextPlacer.MEASURED);
    }

    static void paint(Graphics2D g, Picture picture, double factor, Java2DPainter.TextPlacer text) {
        paint(g, picture, factor, text, Java2DPainter.ItemMarker.NONE);
    }

    static void paint(Graphics2D g, Picture picture, double factor, Java2DPainter.TextPlacer text,
                      Java2DPainter.ItemMarker items) {
        g.scale(factor, factor);
        Java2DPainter painter = new Java2DPainter(g, text, items);
        painter.setFill(picture.theme().background());
        painter.fillRect(0, 0, picture.width(), picture.height());
        picture.paint(painter);
    }
}
