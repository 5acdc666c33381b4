package org.parley.layout.map;

import java.util.Optional;

/**
 * Where to draw an arrow for a place that lies outside the viewport (Washington, seen from a map
 * of Europe): on the panel border, on the straight screen line from the panel centre to the
 * place's projected position.
 *
 * @param position     the point on the border (moved inwards by the requested inset)
 * @param angleRadians direction from the centre toward the place in screen coordinates
 *                     ({@code atan2(dy, dx)} with y down): rotate an arrow drawn pointing right
 *                     by this angle
 */
public record EdgeMarker(ScreenPoint position, double angleRadians) {

    /**
     * The marker for a place, or empty if the place is visible in the viewport.
     *
     * @param insetPx how far inside the border to put the marker, so the arrow is not clipped
     */
    public static Optional<EdgeMarker> toward(MapViewport viewport, double lon, double lat, double insetPx) {
        ScreenPoint target = viewport.project(lon, lat);
        if (viewport.containsScreen(target.x(), target.y())) {
            return Optional.empty();
        }
        return Optional.of(onBorder(viewport, target, insetPx));
    }

    /**
     * The marker on the border in the place's direction even when its projected point falls inside
     * the panel: for places beyond the basemap's frame, which a marker would leave floating in an
     * empty sea (Washington in the Atlantic on a wide panel).
     */
    public static EdgeMarker beyondFrame(MapViewport viewport, double lon, double lat, double insetPx) {
        return onBorder(viewport, viewport.project(lon, lat), insetPx);
    }

    private static EdgeMarker onBorder(MapViewport viewport, ScreenPoint target, double insetPx) {
        double halfWidth = Math.max(0, viewport.width() / 2 - insetPx);
        double halfHeight = Math.max(0, viewport.height() / 2 - insetPx);
        double dx = target.x() - viewport.width() / 2;
        double dy = target.y() - viewport.height() / 2;
        if (dx == 0 && dy == 0) {
            dx = -1;   // dead centre has no direction; any will do, west is where the Atlantic is
        }
        // Shrink the centre→target vector until it first touches the (inset) border.
        double t = Math.min(
                dx == 0 ? Double.POSITIVE_INFINITY : halfWidth / Math.abs(dx),
                dy == 0 ? Double.POSITIVE_INFINITY : halfHeight / Math.abs(dy));
        ScreenPoint onEdge = new ScreenPoint(viewport.width() / 2 + dx * t, viewport.height() / 2 + dy * t);
        return new EdgeMarker(onEdge, Math.atan2(dy, dx));
    }

    /** The same direction as a compass bearing on screen: 0° up (north), 90° right (east), 270° left (west). */
    public double compassBearingDegrees() {
        double degrees = Math.toDegrees(angleRadians) + 90;
        return ((degrees % 360) + 360) % 360;
    }
}
