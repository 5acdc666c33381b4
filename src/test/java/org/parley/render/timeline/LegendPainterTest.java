package org.parley.render.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.layout.LegendEntries;
import org.parley.model.EventKind;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;

class LegendPainterTest {

    @Test
    void listsEveryKindInItsColour() {
        RecordingPainter p = new RecordingPainter();
        LegendPainter.paint(p, Theme.LIGHT, 0, 0, 900, LegendEntries.ALL);
        for (EventKind k : EventKind.values()) {
            assertTrue(p.texts().contains(k.label()), k.label());
            assertTrue(p.ops.stream().anyMatch(o -> o.name().startsWith("fill") && o.colour().equals(Theme.LIGHT.kind(k))),
                    "no mark in the colour of " + k);
        }
        assertTrue(p.texts().contains(LegendPainter.SOFT_LABEL));
        assertTrue(p.texts().contains(LegendPainter.INFERRED_LABEL) && p.texts().contains(InferredMark.GLYPH),
                "the key says what the cards' mark for an inferred day or place means: " + p.texts());
    }

    /** A figure of the meetings alone had a key of nine kinds, eight of them drawn nowhere in it. */
    @Test
    void listsOnlyWhatIsDrawn() {
        LegendEntries meetings = new LegendEntries(EnumSet.of(EventKind.MEETING), false, true, false);
        RecordingPainter p = new RecordingPainter();
        LegendPainter.paint(p, Theme.LIGHT, 0, 0, 900, meetings);
        assertEquals(List.of(EventKind.MEETING.label(), ModalityStyle.LEGEND_LABEL), p.texts());
        assertFalse(p.texts().contains(LegendPainter.SOFT_LABEL), "no date known roughly among them");
        assertEquals(LegendPainter.ROW_HEIGHT + 6, LegendPainter.height(900, meetings), 0.01, "one row, not two");
        assertEquals(0, LegendPainter.height(900, LegendEntries.NONE), "nothing drawn, no key");
    }

    /** Seen from far away: what a strip and its shade stand for, and no kind, since no kind's mark is drawn. */
    @Test
    void aKeyOfDensityStripsSaysWhatAStripAndItsShadeStandFor() {
        RecordingPainter p = new RecordingPainter();
        LegendPainter.paint(p, Theme.LIGHT, 0, 0, 1280, LegendEntries.strips(true, true));
        assertEquals(List.of(LegendPainter.STRIP_LABEL, LegendPainter.ROUGH_STRIP_LABEL), p.texts());
        assertTrue(LegendPainter.STRIP_LABEL.contains("darker where more"));
        List<Double> alphas = p.ops.stream().filter(o -> o.name().equals("fillRect") && o.colour() != null
                && o.colour().withAlpha(1).equals(Theme.LIGHT.selection().withAlpha(1))).map(o -> o.colour().a()).toList();
        assertTrue(alphas.size() > 2 && alphas.equals(alphas.stream().sorted().toList()) && alphas.get(0) < alphas.get(alphas.size() - 1),
                "the swatch goes from light to deep in the strips' colour: " + alphas);
        assertEquals(LegendPainter.ROW_HEIGHT + 6, LegendPainter.height(1280, LegendEntries.strips(true, true)), 0.01,
                "both on one row at 1280 px");
        assertEquals(List.of(LegendPainter.STRIP_LABEL), labelsOf(LegendEntries.strips(true, false)));
    }

    private static List<String> labelsOf(LegendEntries entries) {
        RecordingPainter p = new RecordingPainter();
        LegendPainter.paint(p, Theme.LIGHT, 0, 0, 1600, entries);
        return p.texts();
    }

    @Test
    void entriesStayInsideTheHeightItPromises() {
        for (double width : new double[] {300, 900, 1600, 3840}) {
            RecordingPainter p = new RecordingPainter();
            LegendPainter.paint(p, Theme.DARK, 0, 0, width, LegendEntries.ALL);
            double h = LegendPainter.height(width, LegendEntries.ALL);
            p.named("text").forEach(o -> assertTrue(o.y() <= h && o.x() + o.w() <= width, o + " outside " + width));
            RecordingPainter strips = new RecordingPainter();
            LegendPainter.paint(strips, Theme.DARK, 0, 0, width, LegendEntries.strips(true, true));
            double sh = LegendPainter.height(width, LegendEntries.strips(true, true));
            strips.named("text").forEach(o -> assertTrue(o.y() <= sh && o.x() + o.w() <= width, o + " outside " + width));
        }
        assertEquals(LegendPainter.ROW_HEIGHT + 6, LegendPainter.height(3840, LegendEntries.ALL), 0.01);
    }
}
