package org.parley.layout;

/**
 * Where one event is drawn in one lane, in viewport pixels. {@code soft} marks a span known only
 * to the month or coarser, drawn as a soft range; {@code point} one known to the hour or minute,
 * which may be narrower than a pixel and is drawn as a mark. A day-level item is neither and
 * fills its day column.
 */
public record ItemBox(String eventId, int lane, int row, double x0, double x1, double y0, double y1,
                      boolean soft, boolean point) {
    public double width() {
        return x1 - x0;
    }

    public boolean intersects(ItemBox o) {
        return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }
}
