package org.parley.export.image;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * PDF: vector pages of real paper (A4 or Letter), so it prints as it is on any printer, or, for a
 * slide, a page of the slide's own shape (see {@link PdfSheet}). A figure
 * is scaled to fit inside the margins and centred; one that would have to shrink far below its
 * width's scale to fit one sheet (a busy week's timeline) is cut into pages read at that scale,
 * when the figure knows where it may be cut.
 */
final class PdfWriter {

    /**
     * Points per logical pixel at which a timeline is laid out for paper: its 11.5 px labels
     * print at 8 pt, the smallest size a handout is comfortably read at.
     */
    static final double PRINT_SCALE = 0.7;
    /**
     * The narrowest a timeline is laid out for paper, whatever the sheet: narrower, the days of a
     * week are too narrow for cards and every title is cut to a few letters. A portrait page
     * prints it a little smaller than {@link #PRINT_SCALE} instead.
     */
    static final double MIN_PRINT_WIDTH = 960;
    /** Shrinking a figure to less than this share of its width's scale costs more than a second page. */
    private static final double ONE_PAGE_SHRINK = 0.8;

    private PdfWriter() {
    }

    /** The logical width that prints at {@link #PRINT_SCALE} across the page's printable width. */
    static double printWidth(PageSetup setup) {
        double[] page = setup.pageSize(1, 0);
        return Math.max(MIN_PRINT_WIDTH, (page[0] - PageSetup.MARGIN_PT * 2) / PRINT_SCALE);
    }

    /** The page's size in points, and how many pages the picture takes. */
    static ImageSize pageSize(Picture picture, PdfSheet sheet) {
        return new ImageSize((int) Math.round(sheet.width()), (int) Math.round(sheet.height()),
                layout(picture, sheet).pages.size());
    }

    /** Writes the pages, {@code title} in the document's properties; returns their size and count. */
    static ImageSize write(Picture picture, PdfSheet sheet, String title, OutputStream out) throws IOException {
        double[] page = {sheet.width(), sheet.height()};
        Layout layout = layout(picture, sheet);
        try (PDDocument doc = new PDDocument(); PdfBoxGraphics2DFontTextDrawer fonts = PdfFonts.drawer(doc)) {
            for (Picture p : layout.pages) {
                PDPage pdfPage = new PDPage(new PDRectangle((float) page[0], (float) page[1]));
                doc.addPage(pdfPage);
                // Drawn at its logical size into a form, then the form is scaled onto the sheet: text stays text.
                PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, (float) p.width(), (float) p.height());
                g.setFontTextDrawer(fonts);
                Java2DRender.paint(g, p, 1);
                g.dispose();
                PDFormXObject form = g.getXFormObject();
                try (PDPageContentStream content = new PDPageContentStream(doc, pdfPage)) {
                    content.saveGraphicsState();
                    double x = (page[0] - p.width() * layout.scale) / 2;
                    // A page of a longer figure starts at the top margin, as text on paper does.
                    double y = layout.pages.size() > 1 ? page[1] - sheet.margin() - p.height() * layout.scale
                            : (page[1] - p.height() * layout.scale) / 2;
                    content.transform(new Matrix((float) layout.scale, 0, 0, (float) layout.scale, (float) x,
                            (float) y));
                    content.drawForm(form);
                    content.restoreGraphicsState();
                }
            }
            doc.getDocumentInformation().setCreator("Parley");
            // As the handout's: a reader's window and a report's attachments had said "Untitled" or the file's name.
            doc.getDocumentInformation().setTitle(title);
            doc.save(out);
        }
        return new ImageSize((int) Math.round(page[0]), (int) Math.round(page[1]), layout.pages.size());
    }

    private record Layout(List<Picture> pages, double scale) {
    }

    private static Layout layout(Picture picture, PdfSheet sheet) {
        double roomWidth = sheet.width() - sheet.margin() * 2;
        double roomHeight = sheet.height() - sheet.margin() * 2;
        double across = roomWidth / picture.width();
        double whole = Math.min(across, roomHeight / picture.height());
        if (whole < across * ONE_PAGE_SHRINK) {
            List<Picture> pages = picture.pages(roomHeight / across);
            if (pages.size() > 1) {
                return new Layout(pages, across);
            }
        }
        return new Layout(List.of(picture), whole);
    }
}
