package org.parley.render.map;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parley.layout.map.ScreenPoint;

/**
 * Which marker a pointer is on: the nearest whose circle, grown by a finger-friendly slack, contains
 * it; of markers on one spot, the place the others lie within.
 */
public final class MarkerHitTest {

    /** Extra px around a marker that still count as a hit, so small circles are easy to click. */
    public static final double SLACK_PX = 4;

    /**
     * Centres this close are one spot to the eye (a venue and its city on a map of Europe, NATO's
     * headquarters and Brussels 1 px apart): which of them the nearest centre is says nothing.
     */
    static final double ONE_SPOT_PX = 3;

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
        return Optional.ofNullable(best == null ? null : enclosing(markers, best));
    }

    /**
     * The place of the route stop whose numbered badge, with the same slack as a marker's, contains (x, y):
     * its largest circle, the one the badge stands beside. A badge is drawn over any marker under it, so it
     * is asked first; standing off its stop's circle, a click on it had chosen nothing.
     *
     * @param badges each stop's badge centre as last drawn ({@link MapPainter#lastBadges}), in route order
     */
    public static Optional<PlaceMarker> badgeAt(List<ScreenPoint> badges, List<RouteStop> route,
                                                List<PlaceMarker> markers, double x, double y) {
        for (int i = 0; i < Math.min(badges.size(), route.size()); i++) {
            ScreenPoint b = badges.get(i);
            if (Math.hypot(b.x() - x, b.y() - y) <= RouteArt.BADGE_RADIUS + SLACK_PX) {
                List<String> places = route.get(i).placeIds();
                return markers.stream().filter(m -> places.contains(m.place().id()))
                        .max(Comparator.comparingDouble(PlaceMarker::radius));
            }
        }
        return Optional.empty();
    }

    /** The group whose circle or ring, with the same slack as a marker's, contains (x, y). */
    public static Optional<MarkerCluster> clusterAt(List<MarkerCluster> clusters, double x, double y) {
        MarkerCluster best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (MarkerCluster c : clusters) {
            double d = Math.hypot(c.position().x() - x, c.position().y() - y);
            if (d <= c.radius() + MarkerArt.CLUSTER_RING_GAP + SLACK_PX && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The marker of the place {@code hit} lies within, and of the place that lies within, while
     * they stand on the same spot: choosing or filtering by it takes in what lies within, and the
     * route's badge there names it ("Brussels 12 Jan").
     */
    private static PlaceMarker enclosing(List<PlaceMarker> markers, PlaceMarker hit) {
        PlaceMarker chosen = hit;
        for (int depth = 0; depth < markers.size() && !chosen.place().within().isEmpty(); depth++) {
            PlaceMarker outer = null;
            for (PlaceMarker m : markers) {
                if (m.place().id().equals(chosen.place().within())
                        && Math.hypot(m.position().x() - hit.position().x(), m.position().y() - hit.position().y()) <= ONE_SPOT_PX) {
                    outer = m;
                }
            }
            if (outer == null) {
                break;
            }
            chosen = outer;
        }
        return chosen;
    }
}
