package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;

/** The one-step-a-page handout sets a step's words as large as its page lets them be. */
class OnePerPageTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    /**
     * Step 2 of the week (Russian officials waiting for the week's end) has no place, so no map: its
     * two lines of summary had been set in 11 pt across the whole sheet, four fifths of it left blank.
     * A short summary beside a map (step 1, the dinner in Geneva) is set larger too.
     */
    @Test
    void aShortSummaryIsSetLargeWhereThePageHasRoom(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("one.pdf");
        new HandoutPdf().write(WEEK, WEEK.events(), HandoutLayout.ONE_PER_PAGE, out);
        assertTrue(sizeOf(out, "Russian officials said") >= 14 - 0.01, "step 2's summary");
        assertTrue(sizeOf(out, "The NYT says the week") >= 14 - 0.01, "step 1's summary");
    }

    /** The type size of the first line, on a step's page, holding {@code words}. */
    private static float sizeOf(Path pdf, String words) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<Float> sizes = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (sizes.isEmpty() && text.contains(words)) {
                        sizes.add(positions.get(text.indexOf(words)).getFontSizeInPt());
                    }
                }
            };
            // After the opening pages, whose list of steps names them in small type.
            stripper.setStartPage(3);
            stripper.setEndPage(doc.getNumberOfPages());
            stripper.getText(doc);
            assertTrue(!sizes.isEmpty(), "no line holds " + words);
            return sizes.get(0);
        }
    }
}
