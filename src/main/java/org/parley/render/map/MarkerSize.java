package org.parley.render.map;

/**
 * Marker radius from an event count. Area, not radius, grows with the count (square-root scale),
 * so a place with four times the events looks four times as big, not sixteen. The scale is fixed
 * (3 px per square-root event) while the busiest place fits under the largest radius, as the week's
 * do; in a bigger dataset it is relative to the busiest place, which gets the largest radius, so
 * places of 30 and 3,000 events do not look the same.
 */
public final class MarkerSize {

    static final double MIN_RADIUS = 4;
    static final double MAX_RADIUS = 18;
    private static final double PX_PER_SQRT_EVENT = 3;

    private MarkerSize() {
    }

    /** {@code busiest}: the most events at any place the map shows (under the same filter). */
    public static double radius(int events, int busiest) {
        double fixed = MIN_RADIUS + PX_PER_SQRT_EVENT * Math.sqrt(Math.max(0, events - 1));
        if (busiest <= 1 || MIN_RADIUS + PX_PER_SQRT_EVENT * Math.sqrt(busiest - 1) <= MAX_RADIUS) {
            return Math.min(MAX_RADIUS, fixed);
        }
        double share = Math.min(1, Math.max(0, events - 1) / (double) (busiest - 1));
        return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(share);
    }
}
