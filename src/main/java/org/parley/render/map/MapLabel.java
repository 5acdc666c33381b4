package org.parley.render.map;

import java.util.List;
import org.parley.render.FontSpec;
import org.parley.render.label.Rect;

/**
 * One label the map decided to draw: its text, font, the rectangle it covers (text starts at the
 * left edge, its first line on {@code baseline}), and the mark a leader line joins it to, if it
 * sits away from it: the mark's centre and radius, since the line stops at its rim rather than
 * cross the number or circle it points at. A text may hold {@link #LINE_BREAK}s: each line is drawn
 * below the last.
 */
public record MapLabel(Kind kind, String text, FontSpec font, Rect box, double baseline, boolean strong, boolean leader,
                double anchorX, double anchorY, double anchorRadius) {

    public static final String LINE_BREAK = "\n";

    /** {@code KEY}: the Crimea note at the map's edge, after a dashed stroke, where none was free by the peninsula. */
    public enum Kind { EDGE, ROUTE, PLACE, NOTE, KEY }

    /** The text's lines, top to bottom. */
    public static List<String> lines(String text) {
        return List.of(text.split(LINE_BREAK, -1));
    }

    /** The text as one line, for a reader or a test: "Vienna 13 Jan" however it is broken. */
    public String oneLine() {
        return String.join(" ", lines(text));
    }
}
