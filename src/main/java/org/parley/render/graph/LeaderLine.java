package org.parley.render.graph;

import org.parley.layout.GraphDrawing;

/**
 * The thin line that ties a name set away from its disc to the disc: from the disc's centre to the nearest point of
 * the name's box. Label placement keeps it off every other name, where it would strike that name through and tie it
 * to the wrong disc.
 */
final class LeaderLine {

    private LeaderLine() {
    }

    /** Where the line from {@code node}'s centre meets the label {@code box}: the box's point nearest the centre. */
    static double[] end(GraphDrawing.Node node, LabelBox box) {
        return end(node.x(), node.y(), box.x(), box.top(), box.width(), box.height());
    }

    static double[] end(double cx, double cy, double x, double y, double w, double h) {
        return new double[] {Math.max(x, Math.min(cx, x + w)), Math.max(y, Math.min(cy, y + h))};
    }

    /** Whether the segment (x0, y0)–(x1, y1) passes through the rectangle's inside (Liang–Barsky clipping). */
    static boolean crosses(double x0, double y0, double x1, double y1, double x, double y, double w, double h) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - x, x + w - x0, y0 - y, y + h - y0};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false; // parallel to this side and outside (or along) it
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        return enter < leave;
    }
}
