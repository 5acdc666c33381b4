package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.image.Paper;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;

/**
 * A context step's list in the handout hangs: an item's wrapped lines start under its first word,
 * not under its bullet, so the next item's bullet is the only thing at the list's left edge.
 */
class HangingIndentTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    @TempDir
    Path dir;

    /** One printed line: its text, size and baseline, and where its first glyph and its first word stand. */
    private record Line(int page, String text, float size, float y, float x, float textX) {
    }

    @Test
    void anItemsWrappedLinesStartUnderItsTextInEveryLayoutOnEveryPaper() throws IOException {
        for (Paper paper : List.of(Paper.A4, Paper.LETTER)) {
            for (HandoutLayout layout : HandoutLayout.values()) {
                Path out = dir.resolve(layout + "-" + paper + ".pdf");
                new HandoutPdf().onPaper(paper).write(WEEK, WEEK.events(), layout, out);
                List<Line> lines = lines(out);
                int hanging = 0;
                for (int i = 0; i + 1 < lines.size(); i++) {
                    Line item = lines.get(i);
                    if (!item.text().startsWith(Step.BULLET)) {
                        continue;
                    }
                    // The item's own wrapped lines: those below it, up to the next bullet or the list's end.
                    for (int j = i + 1; j < lines.size() && isContinuation(lines.get(j), lines.get(j - 1), item); j++) {
                        assertEquals(item.textX(), lines.get(j).x(), 0.5,
                                layout + " on " + paper + ": \"" + lines.get(j).text() + "\" under \"" + item.text() + "\"");
                        hanging++;
                    }
                }
                assertTrue(hanging >= 5, layout + " on " + paper + ": the week's lists have wrapped items, found " + hanging);
            }
        }
    }

    /**
     * On a page of one step, a context item's summary stands under the item's title text, as its own
     * wrapped lines do: at a fixed 14 pt it sat 3 pt right of them, a ragged edge down the list.
     */
    @Test
    void aContextItemsSummaryStartsUnderItsTitleText() throws IOException {
        Path out = dir.resolve("one.pdf");
        new HandoutPdf().onPaper(Paper.A4).write(WEEK, WEEK.events(), HandoutLayout.ONE_PER_PAGE, out);
        List<Line> lines = lines(out);
        int summaries = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line item = lines.get(i);
            if (!item.text().startsWith(Step.BULLET)) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && isContinuation(lines.get(j), lines.get(j - 1), item)) {
                j++;
            }
            Line next = j < lines.size() ? lines.get(j) : null;
            if (next != null && next.page() == item.page() && next.size() < item.size() - 0.5
                    && next.y() > lines.get(j - 1).y() && next.y() - lines.get(j - 1).y() < 2.5 * item.size()) {
                assertEquals(item.textX(), next.x(), 0.5, "\"" + next.text() + "\" under \"" + item.text() + "\"");
                summaries++;
            }
        }
        assertTrue(summaries >= 3, "\"What comes next\" lists three items with their summaries, found " + summaries);
    }

    /** A line of the same item: no bullet, in the item's type, the next baseline or the one after it. */
    private static boolean isContinuation(Line line, Line above, Line item) {
        return line.page() == item.page() && !line.text().startsWith(Step.BULLET)
                && !line.text().startsWith("\u2026 and") && Math.abs(line.size() - item.size()) < 0.01
                && line.y() > above.y() && line.y() - above.y() < 1.6 * item.size()
                && line.x() > item.x() - 0.5 && line.x() < item.textX() + 20;
    }

    /** Every line of the document as drawn: the glyphs one after another on one baseline. */
    private static List<Line> lines(Path pdf) throws IOException {
        List<List<TextPosition>> runs = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    List<TextPosition> run = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                    if (run == null || pages.get(pages.size() - 1) != getCurrentPageNo()
                            || Math.abs(run.get(0).getYDirAdj() - glyph.getYDirAdj()) > 0.5
                            || glyph.getXDirAdj() < run.get(run.size() - 1).getXDirAdj()) {
                        runs.add(new ArrayList<>());
                        pages.add(getCurrentPageNo());
                    }
                    runs.get(runs.size() - 1).add(glyph);
                }
            };
            stripper.getText(doc);
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            List<TextPosition> run = runs.get(i);
            StringBuilder text = new StringBuilder();
            run.forEach(g -> text.append(g.getUnicode()));
            float x = run.get(0).getXDirAdj();
            float textX = x;
            if (text.toString().startsWith(Step.BULLET)) {
                textX = run.stream().skip(1).filter(g -> !g.getUnicode().isBlank()).findFirst()
                        .map(TextPosition::getXDirAdj).orElse(x);
            }
            out.add(new Line(pages.get(i), text.toString(), run.get(0).getFontSizeInPt(), run.get(0).getYDirAdj(), x,
                    textX));
        }
        return out;
    }
}
