package org.parley.layout;

/**
 * A label given room on the timeline. {@code hiddenCount} is 0 for an event's own label; above 0
 * the label is a "+N" standing for that many events whose labels did not fit, {@code eventId} then
 * being the first of them, and {@code runX0}–{@code runX1} where their marks are drawn (a click on
 * the count zooms in on them). For an event's own label the run is the label itself.
 */
public record PlacedLabel(String eventId, String text, double x, double y, double width, double height,
                          int hiddenCount, boolean inside, double runX0, double runX1) {

    /** An event's own label. */
    public PlacedLabel(String eventId, String text, double x, double y, double width, double height, boolean inside) {
        this(eventId, text, x, y, width, height, 0, inside, x, x + width);
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    public boolean overlaps(PlacedLabel o) {
        return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }

    public boolean isCount() {
        return hiddenCount > 0;
    }
}
