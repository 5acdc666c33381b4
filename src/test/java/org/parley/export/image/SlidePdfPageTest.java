package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;

/**
 * A slide exported as PDF is a page of the slide's own shape, filled: the 16:9 timeline slide had
 * sat on an A4 landscape sheet with its lower third white, a 4:3 one likewise on a sheet of
 * another shape. A slide shaped as A4 stays on the paper asked for, as the handout does.
 */
class SlidePdfPageTest {

    private static final Dataset WEEK = WeekData.seeds();

    @Test
    void aWideOrClassicSlideIsAPageOfItsOwnShapeThatItFills(@TempDir Path dir) throws Exception {
        for (View view : List.of(View.TIMELINE_SLIDE, View.DASHBOARD)) {
            for (DashboardShape shape : List.of(DashboardShape.WIDE, DashboardShape.CLASSIC)) {
                Path out = dir.resolve(view + "-" + shape.ordinal() + ".pdf");
                ImageRequest request = ImageRequest.of(view, ImageFormat.PDF).withShape(shape)
                        .withPage(new PageSetup(Paper.A4, PageSetup.Orientation.AUTO)).resolvedFor(WEEK);
                ImageSize size = new ImageExport().export(WEEK, request, out);
                String where = view + " " + shape;
                try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                    assertEquals(1, doc.getNumberOfPages(), where);
                    PDPage page = doc.getPage(0);
                    float w = page.getMediaBox().getWidth();
                    float h = page.getMediaBox().getHeight();
                    assertEquals(shape.heightFor(1920) / 1920, h / w, 0.005, where + ": page " + w + " × " + h);
                    // The slide software's own page: 13.33 × 7.5 in for 16:9, 10 × 7.5 in for 4:3.
                    assertEquals(540, h, 0.5, where + ": page height");
                    assertEquals(Math.round(w), size.width(), where + ": the size said is the page's");
                    // Filled: the slide's first and last lines of text stand near the page's top and foot.
                    double[] span = textSpan(doc);
                    assertTrue(span[0] < h * 0.15, where + ": first text at " + span[0] + " of " + h);
                    assertTrue(span[1] > h * 0.8, where + ": last text at " + span[1] + " of " + h);
                }
                assertEquals(size, new ImageExport().sizeOf(WEEK, request), where + ": the dialog's size line agrees");
            }
        }
    }

    @Test
    void anA4ShapedSlideStaysOnThePaperAskedFor(@TempDir Path dir) throws Exception {
        for (Paper paper : Paper.values()) {
            Path out = dir.resolve(paper + ".pdf");
            ImageRequest request = ImageRequest.of(View.TIMELINE_SLIDE, ImageFormat.PDF).withShape(DashboardShape.A4)
                    .withPage(new PageSetup(paper, PageSetup.Orientation.AUTO)).resolvedFor(WEEK);
            ImageSize size = new ImageExport().export(WEEK, request, out);
            assertEquals(Math.round(paper.longSide()), size.width(), paper + ": " + size);
            assertEquals(Math.round(paper.shortSide()), size.height(), paper + ": " + size);
        }
    }

    /** The top of the highest text and the baseline of the lowest, from the page's top, in points. */
    private static double[] textSpan(PDDocument doc) throws Exception {
        double[] span = {Double.MAX_VALUE, 0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    span[0] = Math.min(span[0], p.getYDirAdj() - p.getHeightDir());
                    span[1] = Math.max(span[1], p.getYDirAdj());
                }
            }
        };
        stripper.getText(doc);
        return span;
    }
}
