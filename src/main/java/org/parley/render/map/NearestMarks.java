package org.parley.render.map;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.parley.render.label.Rect;

/**
 * The round marks of a map frame, sorted by x, so a label's spot can be tested against the few
 * marks near it: a name that sits closer to another mark than to its own reads as that mark's
 * ("Ukraine" beside Germany's circle, "Geneva" beside Brussels' badge on a zoomed-out slide).
 *
 * <p>A mark is {x, y, radius}, or {x, y, radius, group}: marks of one group are one place drawn
 * apart, a route stop's badge stood off its own marker. Geneva's badge stands a few pixels off
 * Geneva's circle when Brussels' covers it, and every spot for "Geneva" counted as beside another
 * mark, its own circle: the stop went unnamed on most Brussels slides.
 */
final class NearestMarks {

    /** How far after a mark a name still reads as its own, on the mark's line. */
    private static final double BESIDE_PX = 10;

    private final double[] xs;
    private final double[] ys;
    private final double[] radii;
    private final int[] groups;
    private final double widest;

    NearestMarks(List<double[]> circles) {
        double[][] sorted = circles.toArray(new double[0][]);
        Arrays.sort(sorted, Comparator.comparingDouble(c -> c[0]));
        xs = new double[sorted.length];
        ys = new double[sorted.length];
        radii = new double[sorted.length];
        groups = new int[sorted.length];
        double max = 0;
        for (int i = 0; i < sorted.length; i++) {
            xs[i] = sorted[i][0];
            ys[i] = sorted[i][1];
            radii[i] = sorted[i][2];
            groups[i] = sorted[i].length > 3 ? (int) sorted[i][3] : -1;
            max = Math.max(max, radii[i]);
        }
        widest = max;
    }

    /**
     * True if some other mark's edge is nearer the spot than the edge of the mark at (cx, cy),
     * radius r, by more than {@code slack} px. Marks centred within a pixel of (cx, cy) are the
     * same place drawn twice (a route badge on its marker) and do not count.
     */
    boolean nearerToAnother(Rect spot, double cx, double cy, double r, double slack) {
        double own = distance(spot, cx, cy) - r;
        double reach = Math.max(Math.max(0, own - slack), BESIDE_PX) + widest;
        int group = groupAt(cx, cy);
        int i = firstAtOrAfter(spot.x() - reach);
        for (; i < xs.length && xs[i] <= spot.x() + spot.w() + reach; i++) {
            if (own(i, cx, cy, group)) {
                continue;
            }
            if (distance(spot, xs[i], ys[i]) - radii[i] < own - slack || beside(spot, xs[i], ys[i], radii[i])
                    || over(spot, xs[i], ys[i], radii[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the spot sits on the line of a mark other than (cx, cy) and just after or before it.
     * Between two marks a name reads as either's, whichever is its own: "1 Romania ○" named
     * Geneva's badge on a slide, Romania's dot just after it.
     */
    boolean besideAnother(Rect spot, double cx, double cy) {
        int group = groupAt(cx, cy);
        int i = firstAtOrAfter(spot.x() - BESIDE_PX - widest);
        for (; i < xs.length && xs[i] <= spot.x() + spot.w() + BESIDE_PX + widest; i++) {
            if (own(i, cx, cy, group)) {
                continue;
            }
            if (beside(spot, xs[i], ys[i], radii[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if some mark stands on the spot's line within {@code margin} px of its start or end: for
     * a note that names no mark, such a mark reads as the one it names ("① Crimea (annexed 2014)"
     * beside Geneva's badge on a slide). Marks above or below the line do not count.
     */
    boolean besideAny(Rect spot, double margin) {
        int i = firstAtOrAfter(spot.x() - margin - widest);
        for (; i < xs.length && xs[i] <= spot.x() + spot.w() + margin + widest; i++) {
            boolean onItsLine = ys[i] + radii[i] >= spot.y() && ys[i] - radii[i] <= spot.y() + spot.h();
            double gap = Math.max(spot.x() - (xs[i] + radii[i]), (xs[i] - radii[i]) - (spot.x() + spot.w()));
            if (onItsLine && gap <= margin) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if no mark other than the one at (cx, cy) (and its group) comes within {@code margin} px of the spot: a
     * name on a leader line or across its own circle, free of every other mark's box by one pixel, still touched an
     * unnamed circle on a slide and read as its name. Pass a (cx, cy) no mark stands on to test every mark.
     */
    boolean clearOfOthers(Rect spot, double cx, double cy, double margin) {
        int group = groupAt(cx, cy);
        int i = firstAtOrAfter(spot.x() - margin - widest);
        for (; i < xs.length && xs[i] <= spot.x() + spot.w() + margin + widest; i++) {
            if (!own(i, cx, cy, group) && distance(spot, xs[i], ys[i]) - radii[i] < margin) {
                return false;
            }
        }
        return true;
    }

    /**
     * A mark standing just above or below a name, over its words, reads as the mark the name is for:
     * "Geneva 9–10 Jan", right of Geneva's badge, ran on under Vienna's "3" on a small map and was
     * read as Vienna's.
     */
    private static boolean over(Rect spot, double x, double y, double r) {
        boolean overItsWords = x >= spot.x() && x <= spot.x() + spot.w();
        double gap = Math.max(spot.y() - (y + r), (y - r) - (spot.y() + spot.h()));
        return overItsWords && gap >= -r && gap <= OVER_PX;
    }

    /** How near above or below a name a mark reads as the name's. */
    private static final double OVER_PX = 6;

    /**
     * A name on the same line as a mark and just after (or before) it reads as that mark's, however
     * near its own: "1 Vienna 13 Jan" named Geneva's badge although Vienna's was closer above.
     */
    private static boolean beside(Rect spot, double x, double y, double r) {
        boolean onItsLine = y >= spot.y() && y <= spot.y() + spot.h();
        double gap = Math.max(spot.x() - (x + r), (x - r) - (spot.x() + spot.w()));
        return onItsLine && gap >= -r && gap <= BESIDE_PX;
    }

    /**
     * True if the leader line from (cx, cy) to the spot would pass through another mark: a name
     * joined to its mark across a neighbour's circle is read as the neighbour's.
     */
    boolean leaderCrossesAnother(Rect spot, double cx, double cy) {
        double tx = Math.max(spot.x(), Math.min(cx, spot.x() + spot.w()));
        double ty = Math.max(spot.y(), Math.min(cy, spot.y() + spot.h()));
        int group = groupAt(cx, cy);
        int i = firstAtOrAfter(Math.min(cx, tx) - widest);
        for (; i < xs.length && xs[i] <= Math.max(cx, tx) + widest; i++) {
            if (own(i, cx, cy, group)) {
                continue;
            }
            if (segmentDistance(xs[i], ys[i], cx, cy, tx, ty) < radii[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether mark {@code i} is the label's own: centred within a pixel of (cx, cy) (a route badge on
     * its marker, the same place drawn twice), or of the same group as the mark there.
     */
    private boolean own(int i, double cx, double cy, int group) {
        return Math.abs(xs[i] - cx) < 1 && Math.abs(ys[i] - cy) < 1 || group >= 0 && groups[i] == group;
    }

    /** The group of a mark centred within a pixel of (cx, cy), or -1. */
    private int groupAt(double cx, double cy) {
        for (int i = firstAtOrAfter(cx - 1); i < xs.length && xs[i] < cx + 1; i++) {
            if (Math.abs(ys[i] - cy) < 1 && groups[i] >= 0) {
                return groups[i];
            }
        }
        return -1;
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    private int firstAtOrAfter(double x) {
        int lo = 0;
        int hi = xs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double distance(Rect spot, double x, double y) {
        double nx = Math.max(spot.x(), Math.min(x, spot.x() + spot.w()));
        double ny = Math.max(spot.y(), Math.min(y, spot.y() + spot.h()));
        return Math.hypot(nx - x, ny - y);
    }
}
