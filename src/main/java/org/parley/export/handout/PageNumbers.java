package org.parley.export.handout;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * "Page n of N" at the foot of every page, below the credits: a class told "turn to the Brussels
 * meeting" of a fifty-page handout needs a number to turn to. Drawn once the pages are all made, as
 * only then is N known.
 */
final class PageNumbers {
    static final float SIZE = 8;
    /** Baseline from the bottom edge: under the credits' line, inside what printers print. */
    static final float BASELINE = 20;
    private static final float RIGHT_MARGIN = 40;

    private PageNumbers() {
    }

    static void add(PDDocument document, PDFont font) throws IOException {
        int total = document.getNumberOfPages();
        int n = 0;
        for (PDPage page : document.getPages()) {
            n++;
            try (PDPageContentStream cs = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                cs.setNonStrokingColor(0.35f);
                TextBlock.drawRight(cs, label(n, total), font, SIZE, page.getMediaBox().getWidth() - RIGHT_MARGIN, BASELINE);
            }
        }
    }

    static String label(int page, int total) {
        return "page " + page + " of " + total;
    }
}
