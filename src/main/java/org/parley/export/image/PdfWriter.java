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

/** PDF: one vector page the size of the picture (one logical pixel to one point, times the scale). */
final class PdfWriter {

    private PdfWriter() {
    }

    static void write(Picture picture, double factor, OutputStream out) throws IOException {
        ImageSize size = ImageSize.of(picture, factor);
        try (PDDocument doc = new PDDocument(); PdfBoxGraphics2DFontTextDrawer fonts = PdfFonts.drawer()) {
            PDPage page = new PDPage(new PDRectangle(size.width(), size.height()));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, size.width(), size.height());
            g.setFontTextDrawer(fonts);
            Java2DRender.paint(g, picture, factor);
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(form);
            }
            doc.getDocumentInformation().setCreator("Parley");
            doc.save(out);
        }
    }
}
