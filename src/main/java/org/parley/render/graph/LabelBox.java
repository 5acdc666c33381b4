package org.parley.render.graph;

import java.util.List;

/**
 * A label's text, the lines it is set on (a long name on two or three) and the rectangle it covers;
 * (x, baseline) is where its first line starts. A label set
 * further out than the first ring around its node has {@code leader} set and is joined to the node
 * by a thin line, so it is never mistaken for a neighbour's.
 */
record LabelBox(String actorId, String text, List<String> lines, double x, double baseline, double top, double width,
                double height, boolean leader) {

    LabelBox {
        lines = List.copyOf(lines);
    }

    boolean overlaps(double ox, double oy, double ow, double oh) {
        return x < ox + ow && ox < x + width && top < oy + oh && oy < top + height;
    }

    boolean overlaps(LabelBox o) {
        return overlaps(o.x, o.top, o.width, o.height);
    }

    boolean inside(double w, double h) {
        return x >= 0 && top >= 0 && x + width <= w && top + height <= h;
    }
}
