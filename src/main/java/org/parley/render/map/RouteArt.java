package org.parley.render.map;

import java.util.ArrayList;
import java.util.List;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ScreenPoint;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;

/**
 * The week's route: curved legs with an arrowhead each, and a numbered badge per stop (placed beside it by
 * {@link RouteBadges}). Legs bend to the same side so a reader sees one journey rather than straight lines through the markers.
 */
final class RouteArt {

    static final double BADGE_RADIUS = 9;
    /** Centre to centre, two badges side by side with a hair of background between them. */
    static final double BADGES_APART = 2 * BADGE_RADIUS + 3;
    private static final int SAMPLES = 32;
    private static final double BEND = 0.18;
    private static final double ARROW_PX = 9;
    /** A smaller arrowhead than this, in the gap between two badges, reads as a blot: the line alone goes there. */
    private static final double MIN_ARROW_PX = 5;
    /** What a stop's clearance keeps beyond its circle: a selection ring's 5 px and 3 px of air. */
    private static final double RING_ROOM = 8;

    private RouteArt() {
    }

    /**
     * Where each stop's badge goes: on the stop, unless a later stop's badge would cover it. Zoomed
     * out to take in Georgia, a Brussels slide had Geneva's "1" under Brussels' "2"; the earlier
     * badge now stands off, just clear of the later one, on the side away from it (the later stop
     * is the story's present, and stays where it is).
     */
    static List<ScreenPoint> stopPositions(List<RouteStop> route, MapViewport viewport) {
        List<ScreenPoint> points = new ArrayList<>(route.size());
        for (RouteStop stop : route) {
            points.add(viewport.project(stop.lon(), stop.lat()));
        }
        for (int later = points.size() - 1; later > 0; later--) {
            for (int earlier = later - 1; earlier >= 0; earlier--) {
                ScreenPoint a = points.get(earlier);
                ScreenPoint b = points.get(later);
                double dx = a.x() - b.x();
                double dy = a.y() - b.y();
                double apart = Math.hypot(dx, dy);
                if (apart < BADGES_APART) {
                    // Coincident stops stand off downwards, where a city's name is least often drawn.
                    double ux = apart < 0.5 ? 0 : dx / apart;
                    double uy = apart < 0.5 ? 1 : dy / apart;
                    points.set(earlier, new ScreenPoint(b.x() + ux * BADGES_APART, b.y() + uy * BADGES_APART));
                }
            }
        }
        return points;
    }

    /** Points along the bent line from {@code a} to {@code b} that a leg is drawn on. */
    private static List<double[]> curve(ScreenPoint a, ScreenPoint b) {
        ScreenPoint control = control(a, b);
        double cx = control.x();
        double cy = control.y();
        List<double[]> points = new ArrayList<>(SAMPLES + 1);
        for (int s = 0; s <= SAMPLES; s++) {
            double t = (double) s / SAMPLES;
            double u = 1 - t;
            points.add(new double[] {u * u * a.x() + 2 * u * t * cx + t * t * b.x(), u * u * a.y() + 2 * u * t * cy + t * t * b.y()});
        }
        return points;
    }

    /** The bend of the leg from {@code a} to {@code b}: the leg leaves {@code a} and reaches {@code b} heading from and to it. */
    static ScreenPoint control(ScreenPoint a, ScreenPoint b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        return new ScreenPoint((a.x() + b.x()) / 2 + dy * BEND, (a.y() + b.y()) / 2 - dx * BEND);
    }

    /** Points along every leg between {@code stops}, so labels can keep off the route. */
    static List<double[]> legPoints(List<ScreenPoint> stops) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i + 1 < stops.size(); i++) {
            points.addAll(curve(stops.get(i), stops.get(i + 1)));
        }
        return points;
    }

    static void paintLegs(Painter painter, List<ScreenPoint> stops, double[] clearance, Theme theme) {
        paintLegs(painter, null, stops, clearance, theme);
    }

    /**
     * The legs between stops that follow one another in the week ({@link RouteStop#precedes}): a filter that keeps
     * Geneva's and Vienna's meetings but not Brussels' draws no leg from Geneva straight to Vienna.
     */
    static void paintLegs(Painter painter, List<RouteStop> route, List<ScreenPoint> stops, double[] clearance,
                          Theme theme) {
        painter.save();
        painter.setStroke(theme.route());
        painter.setFill(theme.route());
        painter.setLineWidth(2.5);
        for (int i = 0; i + 1 < stops.size(); i++) {
            if (route == null || route.get(i).precedes(route.get(i + 1))) {
                leg(painter, stops.get(i), stops.get(i + 1), clearance[i], clearance[i + 1]);
            }
        }
        painter.restore();
    }

    /** Whether any two stops of {@code route} follow one another, so a leg is drawn. */
    static boolean hasLeg(List<RouteStop> route) {
        for (int i = 0; i + 1 < route.size(); i++) {
            if (route.get(i).precedes(route.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One leg, from {@code a}'s stop to {@code b}'s. A leg between two stops whose circles stand apart is always
     * drawn: the route is the story's frame, and left out as "too short" it vanished from a slide's map from the
     * NATO–Russia meeting on. Clear of both stops' markers and rings where there is room, else from rim to rim of
     * their circles, as a short straight line. It runs into a circle only where two circles touch: with the badges
     * standing beside the circles, a leg drawn to a stop's centre ran across Brussels' ringed circle on every
     * Brussels slide.
     */
    private static void leg(Painter painter, ScreenPoint a, ScreenPoint b, double clearA, double clearB) {
        double length = Math.hypot(b.x() - a.x(), b.y() - a.y());
        if (length < 1) {
            return;
        }
        if (length < clearA + clearB + ARROW_PX + 4) {
            shortLeg(painter, a, b, length, rim(clearA), rim(clearB));
            return;
        }
        List<double[]> kept = new ArrayList<>();
        for (double[] point : curve(a, b)) {
            if (Math.hypot(point[0] - a.x(), point[1] - a.y()) > clearA && Math.hypot(point[0] - b.x(), point[1] - b.y()) > clearB) {
                kept.add(point);
            }
        }
        if (kept.size() < 2) {
            return;
        }
        double[] tip = kept.get(kept.size() - 1);
        double[] before = kept.get(kept.size() - 2);
        double angle = Math.atan2(tip[1] - before[1], tip[0] - before[0]);
        // The line stops short of the tip so its round end does not poke through the arrowhead.
        int n = kept.size() - 1;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = kept.get(i)[0];
            ys[i] = kept.get(i)[1];
        }
        painter.strokePolyline(xs, ys, n);
        Arrowhead.fill(painter, tip[0], tip[1], angle, ARROW_PX);
    }

    /** Just outside a stop's circle, given its clearance (its circle, ring room and air: see {@link #clearances}). */
    private static double rim(double clearance) {
        return Math.max(2, clearance - RING_ROOM + 2);
    }

    /**
     * A straight leg between stops whose circles nearly touch, from rim to rim, with the arrowhead at the second
     * rim where the gap has room for one.
     */
    private static void shortLeg(Painter painter, ScreenPoint a, ScreenPoint b, double length, double rimA, double rimB) {
        double gap = length - rimA - rimB;
        if (gap < 2) {
            // Circles that touch (a handout's small map): the line from centre to centre still shows the route goes on.
            painter.strokePolyline(new double[] {a.x(), b.x()}, new double[] {a.y(), b.y()}, 2);
            return;
        }
        double ux = (b.x() - a.x()) / length;
        double uy = (b.y() - a.y()) / length;
        double head = Math.min(ARROW_PX, gap - 2);
        boolean arrow = head >= MIN_ARROW_PX;
        double end = arrow ? length - rimB - head / 2 : length - rimB;
        painter.strokePolyline(new double[] {a.x() + ux * rimA, a.x() + ux * end},
                new double[] {a.y() + uy * rimA, a.y() + uy * end}, 2);
        if (arrow) {
            Arrowhead.fill(painter, b.x() - ux * rimB, b.y() - uy * rimB, Math.atan2(uy, ux), head);
        }
    }

    /** Room to leave around each stop: its largest marker plus ring, or at least the badge. */
    static double[] clearances(List<RouteStop> route, List<PlaceMarker> markers) {
        double[] clear = new double[route.size()];
        for (int i = 0; i < route.size(); i++) {
            double r = BADGE_RADIUS;
            for (PlaceMarker m : markers) {
                if (route.get(i).placeIds().contains(m.place().id())) {
                    r = Math.max(r, m.radius() + 5);
                }
            }
            clear[i] = r + RING_ROOM - 5;
        }
        return clear;
    }

    /** Each badge with its stop's number in the week: filtered to Vienna's meeting, its badge still reads 3. */
    static void paintBadges(Painter painter, List<RouteStop> route, List<ScreenPoint> stops, Theme theme) {
        painter.save();
        painter.setFont(FontSpec.sansBold(11));
        for (int i = 0; i < stops.size(); i++) {
            ScreenPoint p = stops.get(i);
            painter.setFill(theme.route());
            painter.fillOval(p.x() - BADGE_RADIUS, p.y() - BADGE_RADIUS, 2 * BADGE_RADIUS, 2 * BADGE_RADIUS);
            painter.setStroke(theme.background());
            painter.setLineWidth(1.5);
            painter.strokeOval(p.x() - BADGE_RADIUS, p.y() - BADGE_RADIUS, 2 * BADGE_RADIUS, 2 * BADGE_RADIUS);
            painter.setFill(theme.background());
            painter.fillText(Integer.toString(route.get(i).number()), p.x(), p.y() + painter.ascent() / 2, TextAnchor.MIDDLE);
        }
        painter.restore();
    }
}
