package org.parley.ui.map;

import org.parley.layout.map.MapViewport;

/**
 * A short, eased pan of the viewport's centre, so the map visibly travels to where the story
 * goes instead of jumping. Scale is left alone: following a story should not undo the user's zoom.
 */
final class Glide {

    static final long DURATION_NANOS = 350_000_000L;

    private final double fromX;
    private final double fromY;
    private final double toX;
    private final double toY;
    private long startNanos = -1;

    Glide(MapViewport from, double toX, double toY) {
        this.fromX = from.centerX();
        this.fromY = from.centerY();
        this.toX = toX;
        this.toY = toY;
    }

    /** The viewport at {@code nowNanos}; the first call starts the clock. */
    MapViewport step(MapViewport current, long nowNanos) {
        if (startNanos < 0) {
            startNanos = nowNanos;
        }
        double t = Math.min(1, (nowNanos - startNanos) / (double) DURATION_NANOS);
        double eased = t * t * (3 - 2 * t);
        return new MapViewport(current.projection(), fromX + (toX - fromX) * eased, fromY + (toY - fromY) * eased,
                current.metresPerPixel(), current.width(), current.height());
    }

    boolean finished(long nowNanos) {
        return startNanos >= 0 && nowNanos - startNanos >= DURATION_NANOS;
    }

    MapViewport end(MapViewport current) {
        return new MapViewport(current.projection(), toX, toY, current.metresPerPixel(), current.width(),
                current.height());
    }
}
