package org.parley.export.image;

import org.parley.model.EventKind;
import org.parley.render.MarkShape;
import org.parley.render.Painter;
import org.parley.render.Theme;

/**
 * An event's mark in a slide's rows of periods and in their key, one drawing for both so the key shows
 * what the rows draw. In the colour themes a dot in the kind's colour; on paper ({@link Theme#PRINT}),
 * where the kinds' greys print alike, the kind's own shape, as the timeline draws it (decision 0169).
 */
final class KindMarks {

    /** A dot's diameter as a share of the type: the rows leave 1.4 of it between marks. */
    static final double DOT = 0.5;
    /** A shape's radius as a share of the type: wider than the dot's, its points within the rows' step. */
    private static final double SHAPE = 0.28;

    private KindMarks() {
    }

    /** Paints {@code kind}'s mark centred on (cx, cy) at type size {@code type}. */
    static void paint(Painter p, Theme theme, EventKind kind, double cx, double cy, double type) {
        p.setFill(theme.kind(kind));
        if (theme == Theme.PRINT) {
            MarkShape.of(kind).fill(p, cx, cy, type * SHAPE);
        } else {
            double d = type * DOT;
            p.fillOval(cx - d / 2, cy - d / 2, d, d);
        }
    }
}
