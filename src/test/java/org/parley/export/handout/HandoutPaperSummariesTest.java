package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * A handout of one paper's story tells the other paper's nowhere in its steps: the Post's had printed "held talks
 * in Geneva on Monday (NYT; the Post: on Sunday and Monday …)" and eight more summaries naming the Times
 * (decision 0131). The positions board that ends it keeps its rows' definitions, which name both papers.
 */
class HandoutPaperSummariesTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final String BOARD = "On the table: positions and stances";

    @TempDir
    Path dir;

    /** The handout's words up to its positions board, on one line. */
    private String steps(String paper, HandoutLayout layout) throws IOException {
        EventFilter filter = EventFilter.NONE.withSources(SourceFilter.includes(paper));
        List<Event> events = WEEK.events().stream().filter(filter.in(WEEK)).toList();
        Path out = dir.resolve(paper + "-" + layout + ".pdf");
        new HandoutPdf().reportedBy(filter.sources()).write(WEEK, events, FilterNote.of(filter, WEEK), layout,
                ContextPlacement.LAST, out, Overwrite.NOTHING);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            int board = text.indexOf(BOARD);
            return board < 0 ? text : text.substring(0, board);
        }
    }

    private static void assertNone(Pattern other, String text) {
        Matcher m = other.matcher(text);
        assertFalse(m.find(), () -> text.substring(Math.max(0, m.start() - 120), Math.min(text.length(), m.end() + 60)));
    }

    @Test
    void thePostsHandoutTellsNothingOfTheTimes() throws IOException {
        for (HandoutLayout layout : HandoutLayout.values()) {
            String text = steps("wapo", layout);
            assertNone(Pattern.compile("NYT|New York Times|the Times"), text);
            assertTrue(text.contains("The Washington Post: \u201COn Sunday and Monday, Sherman held bilateral talks"),
                    text);
        }
    }

    @Test
    void theTimesHandoutTellsNothingOfThePost() throws IOException {
        for (HandoutLayout layout : HandoutLayout.values()) {
            String text = steps("nyt", layout);
            assertNone(Pattern.compile("\\bPost\\b"), text);
            assertTrue(text.contains("The New York Times: \u201C"), text);
        }
    }
}
