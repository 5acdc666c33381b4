package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.Overwrite;
import org.parley.export.image.Paper;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.seed.BundledSeeds;

/**
 * A list of steps a little longer than the opening page wastes no sheet: the week's twenty statements
 * had nine entries on a page of their own, blank below them, and the steps began overleaf. (Since the list marks an
 * inferred day with "≈" rather than saying so on each entry, the statements' list fits the opening page; the statements
 * and meetings go on overleaf.)
 */
class ListContinuationTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final EventFilter STATEMENTS = EventFilter.NONE.withKinds(Set.of(EventKind.STATEMENT,
            EventKind.MEETING));

    @TempDir
    Path dir;

    @Test
    void compactStepsBeginBelowTheListOnItsLastPageAndTheListSaysSo() throws IOException {
        List<Event> statements = WEEK.events().stream().filter(STATEMENTS.in(WEEK)).toList();
        Step first = Steps.of(WEEK, statements).get(0);
        for (Paper paper : List.of(Paper.A4, Paper.LETTER)) {
            Path out = dir.resolve("statements-" + paper + ".pdf");
            new HandoutPdf().onPaper(paper).write(WEEK, statements, Optional.of("Filtered: kinds Statement, Meeting."),
                    HandoutLayout.COMPACT, ContextPlacement.LAST, out, Overwrite.NOTHING);
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                assertTrue(text(doc, 2).contains("The steps (continued)"), paper + ": the list goes on overleaf");
                String continued = text(doc, 2);
                assertTrue(continued.contains("1. " + first.title().replaceAll("\\s+", " ")),
                        paper + ": the first step begins below the list's last entries: " + continued);
                Matcher entry = Pattern.compile(Pattern.quote("1. " + StepIndex.title(first).replaceAll("\\s+", " "))
                        + " (\\d+)(?![.\\d])").matcher(text(doc, 1));
                assertTrue(entry.find(), paper + ": the list gives the first step's page");
                assertEquals(2, Integer.parseInt(entry.group(1)), paper + ": and it is the list's last page");
            }
        }
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }
}
