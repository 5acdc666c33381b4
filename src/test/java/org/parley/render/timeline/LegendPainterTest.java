package org.parley.render.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.model.EventKind;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;

class LegendPainterTest {

    @Test
    void listsEveryKindInItsColour() {
        RecordingPainter p = new RecordingPainter();
        LegendPainter.paint(p, Theme.LIGHT, 0, 0, 900);
        for (EventKind k : EventKind.values()) {
            assertTrue(p.texts().contains(k.label()), k.label());
            assertTrue(p.ops.stream().anyMatch(o -> o.name().startsWith("fill") && o.colour().equals(Theme.LIGHT.kind(k))),
                    "no mark in the colour of " + k);
        }
        assertTrue(p.texts().contains(LegendPainter.SOFT_LABEL));
        assertTrue(p.texts().contains(LegendPainter.INFERRED_LABEL) && p.texts().contains(InferredMark.GLYPH),
                "the key says what the cards' mark for an inferred day or place means: " + p.texts());
    }

    @Test
    void entriesStayInsideTheHeightItPromises() {
        for (double width : new double[] {300, 900, 1600, 3840}) {
            RecordingPainter p = new RecordingPainter();
            LegendPainter.paint(p, Theme.DARK, 0, 0, width);
            double h = LegendPainter.height(width);
            p.named("text").forEach(o -> assertTrue(o.y() <= h && o.x() + o.w() <= width, o + " outside " + width));
        }
        assertEquals(LegendPainter.ROW_HEIGHT + 6, LegendPainter.height(3840), 0.01);
    }
}
