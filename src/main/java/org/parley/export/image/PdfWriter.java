package org.parley.export.image;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * PDF: one vector page of real paper (A4 or Letter), the figure scaled to fit inside the margins
 * and centred, so it prints as it is on any printer.
 */
final class PdfWriter {

    private PdfWriter() {
    }

    /** The page's size in points. */
    static ImageSize pageSize(Picture picture, PageSetup setup) {
        double[] page = setup.pageSize(picture.width(), picture.height());
        return new ImageSize((int) Math.round(page[0]), (int) Math.round(page[1]));
    }

    static void write(Picture picture, PageSetup setup, OutputStream out) throws IOException {
        double[] page = setup.pageSize(picture.width(), picture.height());
        double room = PageSetup.MARGIN_PT * 2;
        double fit = Math.min((page[0] - room) / picture.width(), (page[1] - room) / picture.height());
        try (PDDocument doc = new PDDocument(); PdfBoxGraphics2DFontTextDrawer fonts = PdfFonts.drawer()) {
            PDPage sheet = new PDPage(new PDRectangle((float) page[0], (float) page[1]));
            doc.addPage(sheet);
            // Drawn at its logical size into a form, then the form is scaled onto the sheet: text stays text.
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, (float) picture.width(), (float) picture.height());
            g.setFontTextDrawer(fonts);
            Java2DRender.paint(g, picture, 1);
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(doc, sheet)) {
                content.saveGraphicsState();
                double x = (page[0] - picture.width() * fit) / 2;
                double y = (page[1] - picture.height() * fit) / 2;
                content.transform(new Matrix((float) fit, 0, 0, (float) fit, (float) x, (float) y));
                content.drawForm(form);
                content.restoreGraphicsState();
            }
            doc.getDocumentInformation().setCreator("Parley");
            doc.save(out);
        }
    }
}
