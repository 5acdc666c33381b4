package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.seed.BundledSeeds;

/** The handout's positions page: the board in words after the steps, following the chosen events. */
class PositionsPageTest {
    private static final Dataset WEEK = BundledSeeds.dataset();

    @Test
    void theSummaryFollowsTheChosenEvents() {
        List<PositionsSummary.Row> all = PositionsSummary.of(WEEK, WEEK.events());
        assertEquals(WEEK.positions().size(), all.size());
        PositionsSummary.Row openDoor = all.stream().filter(r -> r.title().startsWith("NATO's open door")).findFirst()
                .orElseThrow();
        assertEquals("Red line · put by NATO allies", openDoor.kindAndBy());
        assertTrue(openDoor.stances().contains("Russia: Rejects"), openDoor.stances());

        List<Event> geneva = WEEK.events().stream().filter(e -> e.id().startsWith("geneva-")).toList();
        List<PositionsSummary.Row> some = PositionsSummary.of(WEEK, geneva);
        assertTrue(some.size() < all.size());
        assertFalse(some.stream().anyMatch(r -> r.title().equals(openDoor.title())));
    }

    @Test
    void theHandoutEndsWithTheBoard(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("week.pdf");
        new HandoutPdf().write(WEEK, WEEK.events(), HandoutLayout.COMPACT, out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            last.setEndPage(doc.getNumberOfPages());
            String text = last.getText(doc);
            assertTrue(text.contains(PositionsSummary.HEADING), text);
            assertTrue(text.contains("Russia: Rejects"), text);
        }
    }
}
