package org.parley.layout;

/**
 * A label given room on the timeline. {@code hiddenCount} is 0 for an event's own label; above 0
 * the label is a "+N" standing for that many events whose labels did not fit, {@code eventId} then
 * being the first of them.
 */
public record PlacedLabel(String eventId, String text, double x, double y, double width, double height,
                          int hiddenCount, boolean inside) {
    public boolean overlaps(PlacedLabel o) {
        return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }

    public boolean isCount() {
        return hiddenCount > 0;
    }
}
