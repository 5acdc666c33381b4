package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.seed.BundledSeeds;

/**
 * A landscape handout of a few steps about no place (the Polish officials' and Sam Greene's remarks, chosen by
 * actor) had given each its own sheet, two or three lines of words above a day bar and the rest blank: steps
 * without a map one after another share a page when they fit it whole.
 */
class MaplessStepsSharePagesTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final Set<String> POLES = Set.of("poland-jasina", "poland-przydacz");
    private static final Set<String> REMARKS = Set.of("poland-jasina", "poland-przydacz", "greene-comment");

    @Test
    void twoStepsWithoutMapsArePrintedOnOnePage(@TempDir Path dir) throws IOException {
        List<Event> events = WEEK.events().stream().filter(e -> POLES.contains(e.id())).toList();
        assertEquals(2, events.size());
        Path out = dir.resolve("remarks.pdf");
        int pages = new HandoutPdf().write(WEEK, events, HandoutLayout.ONE_PER_PAGE, out);

        assertEquals(2, pages, "the opening page, then one page for the two remarks");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(doc).replaceAll("\\s+", " ");
            for (String title : List.of("Only NATO and member countries", "Russia cannot be allowed")) {
                assertTrue(second.contains(title), "page 2 holds \"" + title + "\": " + second);
            }
            assertTrue(second.contains("Steps 1\u20132 / 2"), "the page says which steps it holds: " + second);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String opening = stripper.getText(doc).replaceAll("\\s+", " ");
            assertTrue(opening.contains("Only NATO and member countries decide about NATO matters\" 2"),
                    "the opening list sends the reader to page 2: " + opening);
        }
    }

    /**
     * The dialog's page count counts a shared page once, as it prints; a third remark that does not fit below the
     * two begins the next page.
     */
    @Test
    void theCountedPagesAreThePrintedPages() {
        List<Event> events = WEEK.events().stream().filter(e -> REMARKS.contains(e.id())).toList();
        assertEquals(3, new HandoutPdf().pages(WEEK, events, Optional.empty(), HandoutLayout.ONE_PER_PAGE,
                ContextPlacement.LAST));
    }
}
