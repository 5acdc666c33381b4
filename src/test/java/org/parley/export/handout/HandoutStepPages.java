package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** For tests of a one-step-a-page handout: the pages that print steps, read from the PDF. */
public final class HandoutStepPages {

    private HandoutStepPages() {
    }

    /**
     * How many pages of {@code pdf} print steps, asserting that each of the {@code steps} is printed on exactly one:
     * a step's own page says "Step 3 / 45", a page that steps without maps share "Steps 38\u201339 / 45".
     */
    public static int count(Path pdf, int steps) throws IOException {
        int[] printed = new int[steps + 1];
        int pages = 0;
        Pattern marks = Pattern.compile("Steps? (\\d+)(?:\u2013(\\d+))? / " + steps + "\\b");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                Matcher mark = marks.matcher(stripper.getText(doc));
                if (mark.find()) {
                    pages++;
                    int from = Integer.parseInt(mark.group(1));
                    int to = mark.group(2) == null ? from : Integer.parseInt(mark.group(2));
                    for (int n = from; n <= to; n++) {
                        printed[n]++;
                    }
                }
            }
        }
        for (int n = 1; n <= steps; n++) {
            assertEquals(1, printed[n], "step " + n + " of " + steps + " is printed once");
        }
        return pages;
    }
}
