package org.parley.layout;

/**
 * Where one event is drawn in one lane, in viewport pixels. {@code soft} marks a span known only
 * to the month or coarser, drawn as a soft range; {@code point} one known to the hour or minute,
 * which may be narrower than a pixel and is drawn as a mark. A day-level item is neither and
 * fills its day column.
 *
 * <p>When the zoom packs several items of a row into a few pixels, they are drawn as one cluster:
 * {@code count} is then how many events it stands for and {@code eventId} the first of them.
 */
public record ItemBox(String eventId, int lane, int row, double x0, double x1, double y0, double y1,
                      boolean soft, boolean point, int count) {

    public ItemBox(String eventId, int lane, int row, double x0, double x1, double y0, double y1, boolean soft,
                   boolean point) {
        this(eventId, lane, row, x0, x1, y0, y1, soft, point, 1);
    }

    /** A day's mark is drawn this far in from its box's start, clear of the day before. */
    public static final double DAY_MARK_INSET = 1.5;
    /** However narrow its day, a day's mark is drawn at least this wide, to be seen. */
    public static final double DAY_MARK_MIN_WIDTH = 2;

    public double width() {
        return x1 - x0;
    }

    /**
     * Where the item's mark ends as drawn: past {@link #x1} for a day narrower than its mark (a day
     * in a view of decades is a fraction of a pixel); a label or a count beside it starts after this.
     */
    public double drawnX1() {
        return isDay() ? Math.max(x1, x0 + DAY_MARK_INSET + DAY_MARK_MIN_WIDTH) : x1;
    }

    public boolean isCluster() {
        return count > 1;
    }

    /** A day-level item: neither a soft range nor a point. */
    public boolean isDay() {
        return !soft && !point;
    }

    public boolean intersects(ItemBox o) {
        return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }

    ItemBox widenedTo(double newX1, int newCount) {
        return new ItemBox(eventId, lane, row, x0, newX1, y0, y1, soft, point, newCount);
    }
}
