package org.parley.render.timeline;

import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;

/**
 * "≈" in a card's top right corner: the papers do not give this event's day or place, the curator
 * inferred it (the event's note says how). Without it a remark set on the day of the talks read
 * exactly like one the papers date.
 */
final class InferredMark {

    static final String GLYPH = "\u2248";
    /**
     * The room the mark takes from a card's title, and where in it the glyph's centre lies, from its
     * right edge: the rest is a gap, or a title's last word ran into the mark in an exported PNG.
     */
    static final double WIDTH = 16;
    static final double CENTRE = 6;
    private static final FontSpec FONT = FontSpec.sansBold(12);

    private InferredMark() {
    }

    /** Draws the mark centred on ({@code x}, {@code middle}); leaves its font set. */
    static void paint(Painter p, Theme theme, double x, double middle) {
        p.setFont(FONT);
        p.setFill(theme.mutedText());
        p.fillText(GLYPH, x, middle + p.ascent() / 2 - 1, TextAnchor.MIDDLE);
    }
}
