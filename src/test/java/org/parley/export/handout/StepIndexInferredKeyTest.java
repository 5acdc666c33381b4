package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.Overwrite;
import org.parley.export.image.Paper;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;

/**
 * The handout's list of steps marks a step whose day or place the curator inferred with "≈", as the timeline's
 * cards and the events table do, and says once at the head of each list page what the mark means: 32 of the week's
 * 45 entries had ended in "(day or place inferred)", wrapping most of them onto a second line.
 */
class StepIndexInferredKeyTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    @TempDir
    Path dir;

    @Test
    void anInferredStepIsMarkedBeforeItsDayAndKeepsItsOtherCaveats() {
        List<Step> steps = Steps.all(WEEK);
        Step ryabkov = steps.stream().filter(s -> !s.isContext() && s.event().id().equals("geneva-ryabkov-warning"))
                .findFirst().orElseThrow();
        assertTrue(ryabkov.event().inferred());
        assertEquals("\u2248 10 Jan \u00B7 Ryabkov warns of consequences for European security",
                StepIndex.title(ryabkov));
        Step caption = steps.stream().filter(s -> !s.isContext() && s.caveat().contains("photo caption"))
                .findFirst().orElseThrow();
        assertTrue(StepIndex.title(caption).startsWith("\u2248 12 Jan \u00B7 "), StepIndex.title(caption));
        assertTrue(StepIndex.title(caption).endsWith("(photo caption, not reporting)"), StepIndex.title(caption));
    }

    @Test
    void theListSaysWhatTheMarkMeansOnceAPageAndNoEntryRepeatsIt() throws IOException {
        long inferred = Steps.all(WEEK).stream().filter(s -> !s.isContext() && s.event().inferred()).count();
        for (Paper paper : Paper.values()) {
            for (HandoutLayout layout : HandoutLayout.values()) {
                Path out = dir.resolve(paper + "-" + layout + ".pdf");
                new HandoutPdf().onPaper(paper).write(WEEK, WEEK.events(), Optional.empty(), layout,
                        ContextPlacement.LAST, out, Overwrite.NOTHING);
                try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                    int listPages = 0;
                    int marks = 0;
                    for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                        String text = pageText(doc, page);
                        // The list's pages: the opening and those going on with it (a compact handout's last one
                        // holds steps under the list, whose dates say "day or place inferred" in words, unmarked).
                        if (!text.contains("The steps")) {
                            break;
                        }
                        listPages++;
                        String where = paper + " " + layout + " page " + page + ": ";
                        assertFalse(text.contains("inferred)"), where + text);
                        assertEquals(1, count(text, "day or place inferred by the curator"), where + "the key once: " + text);
                        assertTrue(text.contains("\u2248 day or place inferred by the curator"), where + text);
                        marks += count(text, "\u2248") - 1;
                    }
                    assertTrue(listPages >= 1, paper + " " + layout);
                    assertEquals(inferred, marks, paper + " " + layout + ": one mark an inferred step");
                }
            }
        }
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", " ").strip();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
