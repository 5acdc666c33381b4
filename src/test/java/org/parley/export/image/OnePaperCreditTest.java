package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.handout.HandoutLayout;
import org.parley.export.handout.HandoutPdf;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.SourceFilter;
import org.parley.seed.BundledSeeds;

/**
 * A picture or handout filtered to one paper credits that paper: "Sources: The Washington Post, The New York
 * Times" beside "Filtered: reported by The Washington Post" credited a paper whose events, quotations and
 * stances it leaves out.
 */
class OnePaperCreditTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    @Test
    void anImageOfOnePapersEventsCreditsThatPaper() {
        ImageRequest post = ImageRequest.of(View.TIMELINE, ImageFormat.PNG)
                .withFilter(EventFilter.NONE.withSources(SourceFilter.includes("wapo")));
        assertEquals("Source: The Washington Post, 12 Jan 2022 \u00B7 Filtered: reported by The Washington Post",
                Selection.of(WEEK, post).credit());
        // Both papers, or either alone: both are credited, as the events kept may come from either.
        ImageRequest both = post.withFilter(EventFilter.NONE.withSources(SourceFilter.ALL_SOURCES));
        assertTrue(Selection.of(WEEK, both).credit().startsWith(
                "Sources: The Washington Post, The New York Times, 12 Jan 2022 \u00B7 Filtered: reported by every paper"),
                Selection.of(WEEK, both).credit());
        assertTrue(Selection.of(WEEK, ImageRequest.of(View.TIMELINE, ImageFormat.PNG)).credit()
                .equals("Sources: The Washington Post, The New York Times, 12 Jan 2022"));
    }

    @Test
    void aHandoutOfOnePapersEventsCreditsThatPaperOnEveryPage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("post.pdf");
        EventFilter post = EventFilter.NONE.withSources(SourceFilter.includes("wapo"));
        new HandoutPdf().reportedBy(post.sources()).write(WEEK, WEEK.events().stream().filter(post.in(WEEK)).toList(),
                HandoutLayout.COMPACT, out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String said = text.getText(doc);
                assertTrue(said.contains("Source: The Washington Post, 12 Jan 2022"), "page " + page + ": " + said);
                assertTrue(!said.contains("Sources: The Washington Post, The New York Times"), "page " + page);
            }
        }
    }
}
