package org.parley.export.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Paints a picture into a bitmap. The graphics are scaled rather than the layout, so at 2× or 3×
 * text and lines are drawn at device resolution and stay sharp.
 */
final class Raster {

    private Raster() {
    }

    static BufferedImage of(Picture picture, double factor) {
        ImageSize size = ImageSize.of(picture, factor);
        BufferedImage image = new BufferedImage(Math.max(1, size.width()), Math.max(1, size.height()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            Java2DRender.paint(g, picture, factor);
        } finally {
            g.dispose();
        }
        return image;
    }
}
