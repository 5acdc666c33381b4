package org.parley.render.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.layout.map.ScreenPoint;
import org.parley.render.label.Rect;

/**
 * Where each stop's numbered badge is drawn: beside its place's circle, never on it. Drawn on the stop,
 * the badge (radius {@value RouteArt#BADGE_RADIUS} px) hid Geneva's and Vienna's smaller circles whole,
 * so the map's size key showed circle sizes that appeared nowhere on the map. A badge now stands just
 * clear of its stop's circles and their rings, on the side away from the route's legs, other badges
 * and other places, inside the panel and off the furniture drawn over the map (the basemap's credit); a stop with
 * no circle on screen keeps its badge where the stop is.
 */
final class RouteBadges {

    /** Air between a badge's rim and its circle's, so the circle's outline reads whole. */
    static final double GAP = 2;
    private static final int DIRECTIONS = 16;
    /** Up and to the left first: the stop's name is most often set to the right. */
    private static final double PREFERRED = Math.toRadians(-135);
    private static final double MAX_STEP_OUT = 60;
    /** The badge's white outline, outside its radius. */
    private static final double OUTLINE = 1.5;

    private RouteBadges() {
    }

    /**
     * @param anchors where each stop's legs end ({@link RouteArt#stopPositions}), in route order
     * @param avoid   boxes drawn over the map that would hide a badge: set against Geneva by a slide's bottom edge,
     *                its "1" went under the basemap's credit
     * @return each stop's badge centre, in route order
     */
    static List<ScreenPoint> positions(MapScene scene, List<ScreenPoint> anchors, List<Rect> avoid) {
        List<RouteStop> route = scene.route();
        ScreenPoint[] badges = new ScreenPoint[route.size()];
        // The latest stop first, as stopPositions keeps it: the story's present gets the best side.
        for (int i = route.size() - 1; i >= 0; i--) {
            badges[i] = place(scene, anchors, i, badges, avoid);
        }
        return List.of(badges);
    }

    private static ScreenPoint place(MapScene scene, List<ScreenPoint> anchors, int stop, ScreenPoint[] placed,
                                     List<Rect> avoid) {
        List<Option> options = ranked(scene, anchors, stop, placed, avoid);
        return options.isEmpty() ? anchors.get(stop) : options.get(0).at();
    }

    /**
     * The other sides of its circle a stop's badge could stand on, best first, leaving out any that would cover
     * another badge or another place's circle, leave the panel or go under {@code avoid}: where the first choice
     * leaves the stop's name no room (a dashboard's small map), {@link StopNameRoom} tries these in turn.
     *
     * @param badges every stop's badge as placed, in route order
     */
    static List<ScreenPoint> alternatives(MapScene scene, List<ScreenPoint> anchors, int stop, List<ScreenPoint> badges,
                                          List<Rect> avoid) {
        ScreenPoint[] others = badges.toArray(new ScreenPoint[0]);
        others[stop] = null;
        List<ScreenPoint> out = new ArrayList<>();
        for (Option o : ranked(scene, anchors, stop, others, avoid)) {
            if (o.clear() && !o.at().equals(badges.get(stop))) {
                out.add(o.at());
            }
        }
        return out;
    }

    /** A spot for a badge, what it costs, and whether it covers nothing it must not (see {@link #alternatives}). */
    private record Option(ScreenPoint at, double cost, boolean clear) {
    }

    /** Every side of the stop's circle, cheapest first; none when the badge stays on its stop. */
    private static List<Option> ranked(MapScene scene, List<ScreenPoint> anchors, int stop, ScreenPoint[] placed,
                                       List<Rect> avoid) {
        List<double[]> own = ownCircles(scene, stop);
        ScreenPoint anchor = anchors.get(stop);
        if (own.isEmpty() || clearOf(anchor.x(), anchor.y(), own)) {
            return List.of();
        }
        double[] main = own.get(0);
        for (double[] c : own) {
            main = c[2] > main[2] ? c : main;
        }
        List<Option> options = new ArrayList<>(DIRECTIONS);
        for (int k = 0; k < DIRECTIONS; k++) {
            double angle = PREFERRED + 2 * Math.PI * k / DIRECTIONS;
            double ux = Math.cos(angle);
            double uy = Math.sin(angle);
            // Out from the main circle until clear of every circle of the stop (Brussels and NATO headquarters).
            double t = main[2] + RouteArt.BADGE_RADIUS + GAP;
            while (!clearOf(main[0] + ux * t, main[1] + uy * t, own) && t < main[2] + RouteArt.BADGE_RADIUS + MAX_STEP_OUT) {
                t += 1;
            }
            ScreenPoint candidate = new ScreenPoint(main[0] + ux * t, main[1] + uy * t);
            double cost = cost(scene, anchors, stop, placed, avoid, candidate, ux, uy);
            options.add(new Option(candidate, cost + turn(k) + t / 100, clear(scene, anchors, stop, placed, avoid, candidate)));
        }
        // Stable: equal spots keep the preferred side's order.
        options.sort(Comparator.comparingDouble(Option::cost));
        return options;
    }

    /** The stop's own circles as drawn, rings included: {x, y, reach}. */
    private static List<double[]> ownCircles(MapScene scene, int stop) {
        List<double[]> own = new ArrayList<>();
        for (PlaceMarker m : scene.markers()) {
            if (scene.route().get(stop).placeIds().contains(m.place().id())) {
                double reach = m.radius() + MarkerArt.ringReach(m, scene.selectedPlace(), scene.highlightedPlaces());
                own.add(new double[] {m.position().x(), m.position().y(), reach});
            }
        }
        return own;
    }

    private static boolean clearOf(double x, double y, List<double[]> circles) {
        for (double[] c : circles) {
            if (Math.hypot(x - c[0], y - c[1]) < c[2] + RouteArt.BADGE_RADIUS + GAP - 1e-9) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a spot costs: covering another badge most, then leaving the panel or going under its furniture, then
     * another place's circle, then lying along one of the stop's legs (the arrow would run under it).
     */
    private static double cost(MapScene scene, List<ScreenPoint> anchors, int stop, ScreenPoint[] placed,
                               List<Rect> avoid, ScreenPoint at, double ux, double uy) {
        double cost = 0;
        for (ScreenPoint other : placed) {
            if (other != null) {
                cost += 1000 * Math.max(0, RouteArt.BADGES_APART - Math.hypot(at.x() - other.x(), at.y() - other.y()));
            }
        }
        for (PlaceMarker m : scene.markers()) {
            if (!scene.route().get(stop).placeIds().contains(m.place().id())) {
                double d = Math.hypot(at.x() - m.position().x(), at.y() - m.position().y());
                cost += 20 * Math.max(0, m.radius() + RouteArt.BADGE_RADIUS + GAP - d);
            }
        }
        ScreenPoint from = anchors.get(stop);
        for (int neighbour : new int[] {stop - 1, stop + 1}) {
            if (neighbour >= 0 && neighbour < anchors.size()) {
                // Legs bend: the side a leg leaves or reaches the stop from is towards its bend, not the other stop.
                ScreenPoint bend = neighbour < stop ? RouteArt.control(anchors.get(neighbour), from)
                        : RouteArt.control(from, anchors.get(neighbour));
                double dx = bend.x() - from.x();
                double dy = bend.y() - from.y();
                double length = Math.hypot(dx, dy);
                if (length > 0) {
                    // 1 straight along the leg, 0 at right angles to it or behind it.
                    cost += 30 * Math.max(0, (ux * dx + uy * dy) / length);
                }
            }
        }
        double width = scene.viewport().width();
        double height = scene.viewport().height();
        double r = RouteArt.BADGE_RADIUS + OUTLINE;
        if (at.x() - r < 0 || at.y() - r < 0 || at.x() + r > width || at.y() + r > height) {
            cost += 500;
        }
        Rect drawn = Rect.around(at.x(), at.y(), r);
        for (Rect box : avoid) {
            if (box.overlaps(drawn)) {
                cost += 500;
            }
        }
        return cost;
    }

    /** True if a badge at {@code at} covers no other badge, no other place's circle, no furniture and stays on the panel. */
    private static boolean clear(MapScene scene, List<ScreenPoint> anchors, int stop, ScreenPoint[] placed, List<Rect> avoid,
                                 ScreenPoint at) {
        for (ScreenPoint other : placed) {
            if (other != null && Math.hypot(at.x() - other.x(), at.y() - other.y()) < RouteArt.BADGES_APART) {
                return false;
            }
        }
        for (PlaceMarker m : scene.markers()) {
            if (!scene.route().get(stop).placeIds().contains(m.place().id())
                    && Math.hypot(at.x() - m.position().x(), at.y() - m.position().y()) < m.radius() + RouteArt.BADGE_RADIUS + GAP) {
                return false;
            }
        }
        for (MarkerCluster c : scene.clusters()) {
            if (Math.hypot(at.x() - c.position().x(), at.y() - c.position().y()) < c.radius() + RouteArt.BADGE_RADIUS + GAP) {
                return false;
            }
        }
        if (onALeg(scene, anchors, at)) {
            return false;
        }
        double r = RouteArt.BADGE_RADIUS + OUTLINE;
        Rect drawn = Rect.around(at.x(), at.y(), r);
        if (at.x() - r < 0 || at.y() - r < 0 || at.x() + r > scene.viewport().width() || at.y() + r > scene.viewport().height()) {
            return false;
        }
        return avoid.stream().noneMatch(drawn::overlaps);
    }

    /** True if a badge at {@code at} would lie on a leg as drawn (legs stop short of each stop's circle). */
    private static boolean onALeg(MapScene scene, List<ScreenPoint> anchors, ScreenPoint at) {
        double[] clearance = RouteArt.clearances(scene.route(), scene.markers());
        for (double[] point : RouteArt.legPoints(anchors)) {
            boolean drawn = true;
            for (int i = 0; i < anchors.size(); i++) {
                drawn &= Math.hypot(point[0] - anchors.get(i).x(), point[1] - anchors.get(i).y()) > clearance[i];
            }
            if (drawn && Math.hypot(point[0] - at.x(), point[1] - at.y()) < RouteArt.BADGE_RADIUS + 1) {
                return true;
            }
        }
        return false;
    }

    /** A small cost for each step away from the preferred side, so equal spots choose the same side every time. */
    private static double turn(int k) {
        return Math.min(k, DIRECTIONS - k) * 0.5;
    }
}
