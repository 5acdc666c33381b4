package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.ExportException;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.seed.BundledSeeds;

class HandoutPdfTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    @TempDir
    Path dir;

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void onePerPageHasAPagePerStepWithTitleCreditAndCurlyQuotedQuote() throws IOException {
        List<Event> meetings = WEEK.events().stream().filter(e -> e.kind() == EventKind.MEETING
                || e.id().equals("sherman-non-starters")).toList();
        Path out = dir.resolve("meetings.pdf");

        int written = new HandoutPdf().write(WEEK, meetings, HandoutLayout.ONE_PER_PAGE, out);

        // One page per step, then the positions board's summary page.
        assertEquals(meetings.size() + 1, written);
        assertEquals(meetings.size() + 1, pages(out));
        String text = text(out);
        Step first = Steps.of(WEEK, meetings).get(0);
        assertTrue(text.contains(first.title()), "first title in " + text.substring(0, 200));
        assertTrue(text.contains("Sources: The Washington Post, The New York Times, 12 Jan 2022"));
        String quote = WEEK.quotesOf("sherman-non-starters").get(0).text().replaceAll("\\s+", " ");
        assertTrue(text.contains("\u201C" + quote.substring(0, Math.min(30, quote.length()))),
                "curly-quoted quote " + quote);
    }

    @Test
    void compactPutsSeveralStepsOnAPage() throws IOException {
        Path one = dir.resolve("one.pdf");
        Path compact = dir.resolve("compact.pdf");
        HandoutPdf handout = new HandoutPdf();

        handout.write(WEEK, WEEK.events(), HandoutLayout.ONE_PER_PAGE, one);
        handout.write(WEEK, WEEK.events(), HandoutLayout.COMPACT, compact);

        assertEquals(WEEK.events().size() + 1, pages(one), "a page per step and the positions page");
        int expected = (WEEK.events().size() + CompactPages.PER_PAGE - 1) / CompactPages.PER_PAGE + 1;
        assertEquals(expected, pages(compact));
        String text = text(compact);
        assertTrue(text.contains(Steps.all(WEEK).get(0).title()));
        assertTrue(text.contains("Sources: The Washington Post, The New York Times, 12 Jan 2022"));
    }

    @Test
    void emptySelectionWritesNothing() {
        Path out = dir.resolve("none.pdf");
        assertThrows(ExportException.class,
                () -> new HandoutPdf().write(WEEK, List.of(), HandoutLayout.COMPACT, out));
        assertFalse(Files.exists(out));
    }

    @Test
    void missingFolderIsAnExportError() {
        Path out = dir.resolve("no/such/folder/h.pdf");
        assertThrows(ExportException.class,
                () -> new HandoutPdf().write(WEEK, WEEK.events(), HandoutLayout.COMPACT, out));
    }
}
