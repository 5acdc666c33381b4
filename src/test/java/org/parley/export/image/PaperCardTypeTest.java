package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.layout.DayColumns;
import org.parley.model.Dataset;
import org.parley.model.Event;

/**
 * Every card of a timeline PDF prints its title in the cards' one type size: on A4 landscape,
 * "Sherman, Stoltenberg, Grushko and Fomin confer…" and "Sherman calls on Russia to pull back…"
 * were printed at 7 pt beside 8.4-pt neighbours, their columns too narrow for six lines of card
 * type, while Thursday's column and the foot of each page stood empty.
 */
class PaperCardTypeTest {

    /** A line of a card's title as the PDF holds it, with its size in points. */
    private record Line(String text, float size, int page) {
    }

    @Test
    void everyCardsTitleIsPrintedInTheCardsTypeSize(@TempDir Path dir) throws Exception {
        Dataset data = WeekData.seeds();
        List<String> cardTitles = new ArrayList<>();
        List<String> otherTitles = new ArrayList<>();
        for (Event e : data.events()) {
            (DayColumns.cardDay(e, data.zone()) != null ? cardTitles : otherTitles).add(e.title());
        }
        for (Paper paper : Paper.values()) {
            for (PageSetup.Orientation side : List.of(PageSetup.Orientation.LANDSCAPE, PageSetup.Orientation.PORTRAIT)) {
                Path out = dir.resolve(paper + "-" + side + ".pdf");
                new ImageExport().export(data, ImageRequest.of(View.TIMELINE, ImageFormat.PDF)
                        .withPage(new PageSetup(paper, side)).resolvedFor(data), out);
                // A line of a card is a piece of a card's title that no bar's title holds.
                List<Line> cardLines = lines(out).stream()
                        .filter(l -> l.text().length() > 3)
                        .filter(l -> cardTitles.stream().anyMatch(t -> t.contains(l.text())))
                        .filter(l -> otherTitles.stream().noneMatch(t -> t.contains(l.text())))
                        .toList();
                String where = paper + " " + side;
                assertFalse(cardLines.isEmpty(), where + ": cards are printed");
                float largest = (float) cardLines.stream().mapToDouble(Line::size).max().orElseThrow();
                List<Line> smaller = cardLines.stream().filter(l -> l.size() < largest - 0.05f).toList();
                assertTrue(smaller.isEmpty(), where + ": cards printed in type smaller than " + largest + ": " + smaller);
            }
        }
    }

    private static List<Line> lines(Path pdf) throws Exception {
        List<Line> lines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (!positions.isEmpty()) {
                        lines.add(new Line(text.strip(), positions.get(0).getFontSizeInPt(), getCurrentPageNo()));
                    }
                }
            };
            stripper.getText(doc);
        }
        return lines;
    }
}
