package org.parley.render.map;

/**
 * Marker radius from an event count. Area, not radius, grows with the count (square-root scale),
 * so a place with four times the events looks four times as big, not sixteen.
 */
public final class MarkerSize {

    static final double MIN_RADIUS = 4;
    static final double MAX_RADIUS = 18;
    private static final double PX_PER_SQRT_EVENT = 3;

    private MarkerSize() {
    }

    public static double radius(int events) {
        return Math.min(MAX_RADIUS, MIN_RADIUS + PX_PER_SQRT_EVENT * Math.sqrt(Math.max(0, events - 1)));
    }
}
