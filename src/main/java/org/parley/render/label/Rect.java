package org.parley.render.label;

/** An axis-aligned rectangle in pixels, top-left (x, y), y down. */
public record Rect(double x, double y, double w, double h) {

    public boolean overlaps(Rect o) {
        return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    /** The square around a circle, for keeping labels off a marker. */
    /** The same box with {@code by} px more on every side: the room a label keeps round it. */
    public Rect grown(double by) {
        return new Rect(x - by, y - by, w + 2 * by, h + 2 * by);
    }

    public static Rect around(double cx, double cy, double r) {
        return new Rect(cx - r, cy - r, 2 * r, 2 * r);
    }
}
