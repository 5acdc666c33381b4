package org.parley.render.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups the circles of cities and venues that crowd one another into {@link MarkerCluster}s: at
 * 100,000 events over 500 places, a map of Europe was one dark blob of overlapping circles in which
 * no place could be told, counted or clicked. A group needs {@value #MIN_PLACES} places: two
 * overlapping circles still read as two, as Vienna and Bratislava do. Countries and regions (hollow
 * circles on a centroid, the week's Ukraine over Crimea) are never grouped, nor a place and the place it
 * lies within when both are shown (NATO headquarters and Brussels), nor any place in {@code apart}.
 */
public final class MarkerClusters {

    static final int MIN_PLACES = 3;
    /**
     * Places this close to a group's busiest place, centre to centre, join it: a little more than two of the
     * largest circles with their rings, so that two groups never touch.
     */
    public static final double JOIN_PX = 2 * (MarkerSize.MAX_RADIUS + MarkerArt.CLUSTER_RING_GAP) + 4;
    /** Small enough to hold a count of two or three digits. */
    static final double MIN_RADIUS = 11;

    private MarkerClusters() {
    }

    /** The markers drawn one by one, and the groups drawn as one circle each. */
    public record Split(List<PlaceMarker> singles, List<MarkerCluster> clusters) {
    }

    /**
     * @param markers every marker of the frame
     * @param apart   ids of places that stay single (the selected place, the highlighted ones, route stops)
     * @param busiest the scale of {@link MarkerSize}
     */
    public static Split of(List<PlaceMarker> markers, Set<String> apart, int busiest) {
        Set<String> shown = new HashSet<>();
        markers.forEach(m -> shown.add(m.place().id()));
        // A venue and the city it lies in are one spot, which the hit test already treats as one.
        Set<String> oneSpot = new HashSet<>();
        for (PlaceMarker m : markers) {
            if (shown.contains(m.place().within())) {
                oneSpot.add(m.place().id());
                oneSpot.add(m.place().within());
            }
        }
        List<PlaceMarker> candidates = new ArrayList<>();
        List<PlaceMarker> singles = new ArrayList<>();
        for (PlaceMarker m : markers) {
            boolean groupable = m.isSite() && !apart.contains(m.place().id()) && !oneSpot.contains(m.place().id());
            (groupable ? candidates : singles).add(m);
        }
        candidates.sort(Comparator.comparingInt(PlaceMarker::events).reversed().thenComparing(m -> m.place().id()));
        // Each group is anchored on its busiest place; a place joins the first group whose anchor is near. Anchors
        // thus stand JOIN_PX apart or more: joining only circles that touched left groups lying on one another.
        List<List<PlaceMarker>> groups = new ArrayList<>();
        for (PlaceMarker m : candidates) {
            List<PlaceMarker> joined = null;
            for (List<PlaceMarker> g : groups) {
                PlaceMarker anchor = g.get(0);
                double near = Math.max(JOIN_PX, anchor.radius() + m.radius());
                if (Math.hypot(anchor.position().x() - m.position().x(), anchor.position().y() - m.position().y()) < near) {
                    joined = g;
                    break;
                }
            }
            if (joined == null) {
                joined = new ArrayList<>();
                groups.add(joined);
            }
            joined.add(m);
        }
        List<MarkerCluster> clusters = new ArrayList<>();
        for (List<PlaceMarker> g : groups) {
            if (g.size() < MIN_PLACES) {
                singles.addAll(g);
            } else {
                clusters.add(cluster(g, busiest));
            }
        }
        // As markers are: largest first, so small ones stay on top and clickable.
        singles.sort(Comparator.comparingDouble(PlaceMarker::radius).reversed());
        return new Split(singles, clusters);
    }

    /**
     * Drawn on its busiest place, the anchor: anchors stand {@link #JOIN_PX} apart, wider than two groups' circles
     * with their rings, so groups never lie on one another. Drawn at the members' weighted centre, they had, on a
     * dashboard's small map.
     */
    private static MarkerCluster cluster(List<PlaceMarker> members, int busiest) {
        int events = 0;
        for (PlaceMarker m : members) {
            events += m.events();
        }
        double radius = Math.max(MIN_RADIUS, MarkerSize.radius(events, Math.max(busiest, events)));
        return new MarkerCluster(members.get(0).position(), members, events, radius);
    }
}
