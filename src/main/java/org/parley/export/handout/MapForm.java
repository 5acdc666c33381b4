package org.parley.export.handout;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;
import org.parley.render.map.MapPainter;
import org.parley.render.map.MapScene;

/** Draws a map scene into a PDF as vector graphics, through the same painter the screen uses. */
final class MapForm {

    /** Outline detail kept, in points: about half a millimetre, below what a reader sees on paper. */
    static final double TOLERANCE_PT = 2;

    private final MapPainter painter = new MapPainter();

    /** Places the map with its lower-left corner at {@code (x, y)} in page points, framed by a hairline. */
    void draw(PDDocument document, PDPageContentStream cs, MapScene scene, float x, float y) throws IOException {
        float width = (float) scene.viewport().width();
        float height = (float) scene.viewport().height();
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
        try {
            // A locator map needs no finer coastline than about half a millimetre.
            painter.paint(CoarseGeometry.wrap(new Java2DPainter(g), TOLERANCE_PT, width, height), scene, Theme.PRINT);
        } finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(x, y));
        cs.drawForm(form);
        cs.restoreGraphicsState();
        cs.setLineWidth(0.5f);
        cs.setStrokingColor(0.45f);
        cs.addRect(x, y, width, height);
        cs.stroke();
    }
}
