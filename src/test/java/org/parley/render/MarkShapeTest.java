package org.parley.render;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.EventKind;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkShapeTest {

    /** A timeline card's mark (radius 4.5 pt) on a page printed or viewed at 60 dpi. */
    private static final double CARD_MARK_AT_60_DPI = 4.5 * 60 / 72;

    @Test
    void everyKindHasAMarkOfItsOwn() {
        Set<MarkShape> shapes = EnumSet.noneOf(MarkShape.class);
        for (EventKind k : EventKind.values()) {
            shapes.add(MarkShape.of(k));
        }
        assertEquals(EventKind.values().length, shapes.size());
    }

    /**
     * Apart from Meeting's circle, every mark's outline comes in between its points by at least a pixel at
     * 60 dpi, so it does not print as a dot: Reaction's hexagon came in by half a pixel and read as the circle.
     */
    @Test
    void onlyMeetingsMarkReadsAsRoundOnAPagePrintedAt60Dpi() {
        StringBuilder round = new StringBuilder();
        for (EventKind k : EventKind.values()) {
            if (k == EventKind.MEETING) {
                continue;
            }
            double[][] outline = MarkShape.of(k).outline(0, 0, CARD_MARK_AT_60_DPI);
            double in = Double.MAX_VALUE;
            double out = 0;
            int n = outline[0].length;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                out = Math.max(out, Math.hypot(outline[0][i], outline[1][i]));
                in = Math.min(in, fromCentre(outline[0][i], outline[1][i], outline[0][j], outline[1][j]));
            }
            if (out - in < 1) {
                round.append(String.format("%s comes in by %.2f px; ", k, out - in));
            }
        }
        assertEquals("", round.toString());
    }

    /** The distance from (0, 0) to the segment from (x1, y1) to (x2, y2). */
    private static double fromCentre(double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double t = Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / (dx * dx + dy * dy)));
        return Math.hypot(x1 + t * dx, y1 + t * dy);
    }
}
