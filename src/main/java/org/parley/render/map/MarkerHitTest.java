package org.parley.render.map;

import java.util.List;
import java.util.Optional;

/** Which marker a pointer is on: the nearest whose circle, grown by a finger-friendly slack, contains it. */
public final class MarkerHitTest {

    /** Extra px around a marker that still count as a hit, so small circles are easy to click. */
    public static final double SLACK_PX = 4;

    private MarkerHitTest() {
    }

    public static Optional<PlaceMarker> at(List<PlaceMarker> markers, double x, double y) {
        PlaceMarker best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (PlaceMarker marker : markers) {
            double d = Math.hypot(marker.position().x() - x, marker.position().y() - y);
            if (d <= marker.radius() + SLACK_PX && d < bestDistance) {
                best = marker;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
