package org.parley.render.graph;

/** A label's text and the rectangle it covers; (x, baseline) is where its text starts. */
record LabelBox(String actorId, String text, double x, double baseline, double top, double width, double height) {

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
