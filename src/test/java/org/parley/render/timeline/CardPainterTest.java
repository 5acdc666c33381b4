package org.parley.render.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.layout.ItemBox;
import org.parley.layout.RowGeometry;
import org.parley.model.Event;
import org.parley.render.FontSpec;
import org.parley.render.RecordingPainter;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;
import org.parley.seed.BundledSeeds;

import java.util.ArrayList;
import java.util.List;

/** A card's title is whole where smaller type can hold it: paper and narrow columns have no tooltip. */
class CardPainterTest {

    /** Measures text as a sans face would, in proportion to the font size set. */
    private static final class SizedPainter extends RecordingPainter {
        double size = 12;
        boolean bold;
        final List<Double> sizes = new ArrayList<>();
        final List<String> boldTexts = new ArrayList<>();

        @Override
        public void setFont(FontSpec font) {
            size = font.size();
            bold = font.bold();
        }

        @Override
        public double textWidth(String text) {
            return text.length() * 0.55 * size;
        }

        @Override
        public void fillText(String text, double x, double y, TextAnchor anchor) {
            sizes.add(size);
            if (bold) {
                boldTexts.add(text);
            }
            super.fillText(text, x, y, anchor);
        }
    }

    private static String drawn(SizedPainter p) {
        return String.join(" ", p.texts());
    }

    @Test
    void aTitleTooLongForFourLinesAtTheCardSizeIsWholeInSmallerType() {
        Event briefing = BundledSeeds.dataset().event("stoltenberg-briefing").orElseThrow();
        RowGeometry fourLines = RowGeometry.DEFAULT.withCardLines(4);
        ItemBox narrow = new ItemBox("e", 0, 0, 0, 180, 0, 80, false, false);

        SizedPainter p = new SizedPainter();
        CardPainter.paint(p, Theme.LIGHT, narrow, briefing, null, null, false, 900, fourLines);

        assertEquals(briefing.title(), drawn(p));
        assertTrue(p.sizes.stream().allMatch(s -> s < 12 && s >= 10), "in smaller type: " + p.sizes);
    }

    @Test
    void aTitleThatFitsKeepsTheCardSizeAndOneThatNeverFitsIsCut() {
        Event dinner = BundledSeeds.dataset().event("geneva-dinner").orElseThrow();
        RowGeometry fourLines = RowGeometry.DEFAULT.withCardLines(4);
        SizedPainter fits = new SizedPainter();
        CardPainter.paint(fits, Theme.LIGHT, new ItemBox("e", 0, 0, 0, 300, 0, 80, false, false), dinner, null, null, false, 900,
                fourLines);
        assertEquals(dinner.title(), drawn(fits));
        assertTrue(fits.sizes.stream().allMatch(s -> s == 12), fits.sizes.toString());

        Event endless = new Event(dinner.id(), "word ".repeat(80).strip(), dinner.summary(), dinner.time(),
                dinner.order(), dinner.place(), dinner.refers(), dinner.kind(), dinner.cameo(), dinner.track(),
                dinner.actors(), dinner.evidence(), dinner.inferred(), dinner.note(), dinner.modality());
        SizedPainter cut = new SizedPainter();
        CardPainter.paint(cut, Theme.LIGHT, new ItemBox("e", 0, 0, 0, 150, 0, 80, false, false), endless, null, null, false, 900,
                fourLines);
        assertTrue(drawn(cut).endsWith("\u2026"), drawn(cut));
        assertTrue(cut.sizes.stream().allMatch(s -> s == 12), "cut at the card size: " + cut.sizes);
    }

    /** A day or place the curator inferred is marked on the card, the title kept clear of the mark. */
    @Test
    void anInferredEventsCardCarriesTheMarkAndAnAttestedOneDoesNot() {
        Event ryabkov = BundledSeeds.dataset().event("geneva-ryabkov-warning").orElseThrow();
        Event dinner = BundledSeeds.dataset().event("geneva-dinner").orElseThrow();
        assertTrue(ryabkov.inferred() && !dinner.inferred());
        RowGeometry fourLines = RowGeometry.DEFAULT.withCardLines(4);
        ItemBox box = new ItemBox("e", 0, 0, 0, 300, 0, 80, false, false);

        SizedPainter inferred = new SizedPainter();
        CardPainter.paint(inferred, Theme.LIGHT, box, ryabkov, null, null, false, 900, fourLines);
        var mark = inferred.named("text").stream().filter(o -> InferredMark.GLYPH.equals(o.text())).toList();
        assertEquals(1, mark.size(), inferred.texts().toString());
        double markLeft = mark.get(0).x() - InferredMark.WIDTH / 2;
        assertTrue(mark.get(0).x() < 300 && markLeft > 250, "in the top right corner: " + mark.get(0));
        double titleRight = inferred.named("text").stream().filter(o -> !InferredMark.GLYPH.equals(o.text()))
                .mapToDouble(o -> o.x() + o.w()).max().orElseThrow();
        assertTrue(titleRight <= markLeft, "title ends at " + titleRight + ", mark starts at " + markLeft);

        SizedPainter attested = new SizedPainter();
        CardPainter.paint(attested, Theme.LIGHT, box, dinner, null, null, false, 900, fourLines);
        assertTrue(attested.texts().stream().noneMatch(InferredMark.GLYPH::equals), attested.texts().toString());
    }

    @Test
    void aTimedCardPrintsItsTimeInBoldBeforeItsTitle() {
        Event dinner = BundledSeeds.dataset().event("geneva-dinner").orElseThrow();
        SizedPainter p = new SizedPainter();
        CardPainter.paint(p, Theme.LIGHT, new ItemBox("e", 0, 0, 0, 300, 0, 80, false, false), dinner, null, "09:30",
                false, 900, RowGeometry.DEFAULT.withCardLines(4));

        assertEquals(List.of("09:30"), p.boldTexts, "the time alone in bold");
        assertEquals("09:30", p.texts().get(0));
        assertFalse(p.texts().get(1).startsWith(" "), "an SVG reader drops a leading space: the gap is an offset");
        assertEquals(("09:30 " + dinner.title()).replace(" ", ""), String.join("", p.texts()).replace(" ", ""),
                "the time, then the whole title");
    }
}
