package org.parley.export.handout;

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
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;

/**
 * The opening list gives the page each step is printed on: "Step 7 / 45" sat on "page 9 of 50", and
 * a teacher saying "turn to the Brussels meeting" had only the step's number to go by.
 */
class OpeningListPagesTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    @TempDir
    Path dir;

    @Test
    void eachEntryOfTheListGivesThePageItsStepIsPrintedOn() throws IOException {
        List<Step> steps = Steps.all(WEEK);
        for (HandoutLayout layout : HandoutLayout.values()) {
            Path out = dir.resolve("pages-" + layout + ".pdf");
            new HandoutPdf().write(WEEK, WEEK.events(), layout, out);
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                // In the order it was drawn: by position, the second column's lines interleave the first's.
                String list = text(doc, 1, 3, false);
                for (Step step : steps) {
                    Matcher entry = Pattern.compile(Pattern.quote(step.number() + ". "
                            + StepIndex.title(step).replaceAll("\\s+", " ")) + " (\\d+)(?![.\\d])").matcher(list);
                    assertTrue(entry.find(), layout + ": step " + step.number() + " has a page in the list: " + list);
                    int page = Integer.parseInt(entry.group(1));
                    String printed = text(doc, page, page, true);
                    String title = step.title().replaceAll("\\s+", " ");
                    String mark = layout == HandoutLayout.ONE_PER_PAGE ? step.counter()
                            : step.number() + ". " + title.substring(0, Math.min(20, title.length()));
                    boolean marked = printed.contains(mark)
                            || layout == HandoutLayout.ONE_PER_PAGE && onSharedPage(printed, step);
                    assertTrue(marked && printed.contains(title.substring(0, Math.min(20, title.length()))),
                            layout + ": step " + step.number() + " is on page " + page + ": " + printed);
                }
            }
        }
    }

    /** Whether {@code printed} is a page that steps without maps share ("Steps 38–39 / 45"), {@code step} among them. */
    private static boolean onSharedPage(String printed, Step step) {
        Matcher range = Pattern.compile("Steps (\\d+)\u2013(\\d+) / " + step.total()).matcher(printed);
        while (range.find()) {
            if (Integer.parseInt(range.group(1)) <= step.number() && step.number() <= Integer.parseInt(range.group(2))) {
                return true;
            }
        }
        return false;
    }

    private static String text(PDDocument doc, int from, int to, boolean sorted) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(sorted);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }
}
