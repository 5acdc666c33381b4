package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.FilterNote;
import org.parley.export.Overwrite;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.SourceFilter;
import org.parley.seed.BundledSeeds;

/**
 * Filtered to one paper, the handout's first page speaks for that paper alone: it had opened with the week's
 * description, "curated sentence by sentence from The Washington Post and The New York Times reports", over
 * the steps of the Times alone (decision 0129).
 */
class HandoutOnePaperOpeningTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    @TempDir
    Path dir;

    private static String firstPage(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    private String opening(String paper, HandoutLayout layout) throws IOException {
        EventFilter filter = EventFilter.NONE.withSources(SourceFilter.includes(paper));
        List<Event> events = WEEK.events().stream().filter(filter.in(WEEK)).toList();
        Path out = dir.resolve(paper + "-" + layout + ".pdf");
        new HandoutPdf().reportedBy(filter.sources()).write(WEEK, events, FilterNote.of(filter, WEEK), layout,
                ContextPlacement.LAST, out, Overwrite.NOTHING);
        return firstPage(out);
    }

    @Test
    void filteredToTheTimesTheFirstPageNamesTheTimesAlone() throws IOException {
        for (HandoutLayout layout : HandoutLayout.values()) {
            String page = opening("nyt", layout);
            assertTrue(page.contains("Filtered: reported by The New York Times."), page);
            assertTrue(page.contains("From The New York Times, 12 Jan 2022"), page);
            assertFalse(page.contains("Washington Post"), page);
            assertFalse(page.contains("two papers"), page);
        }
    }

    @Test
    void filteredToThePostTheFirstPageNamesThePostAlone() throws IOException {
        for (HandoutLayout layout : HandoutLayout.values()) {
            String page = opening("wapo", layout);
            assertTrue(page.contains("From The Washington Post, 12 Jan 2022"), page);
            assertFalse(page.contains("New York Times"), page);
        }
    }

    /** Any other filter keeps the week's own description, which names both papers: it is the week's whole record. */
    @Test
    void anActorFilterKeepsTheWeeksDescription() throws IOException {
        EventFilter filter = EventFilter.NONE.withActors(Set.of("sherman"));
        List<Event> events = WEEK.events().stream().filter(filter.in(WEEK)).toList();
        Path out = dir.resolve("sherman.pdf");
        new HandoutPdf().write(WEEK, events, FilterNote.of(filter, WEEK), HandoutLayout.COMPACT, ContextPlacement.LAST,
                out, Overwrite.NOTHING);
        String page = firstPage(out);
        assertTrue(page.contains("Filtered: actor Wendy Sherman."), page);
        assertTrue(page.contains("from The Washington Post and The New York Times reports"), page);
    }
}
