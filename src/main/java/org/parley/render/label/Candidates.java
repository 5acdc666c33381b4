package org.parley.render.label;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a label may go around a round mark, best first: right, left, above, below, then the four
 * diagonals, then the same eight one text height further out (drawn with a leader line). Right
 * comes first because readers of left-to-right text look there for a name.
 */
public final class Candidates {

    private Candidates() {
    }

    /** Spots for a {@code w × h} label around a circle of radius {@code r} at (cx, cy), {@code gap} clear of it. */
    public static List<Rect> around(double cx, double cy, double r, double gap, double w, double h, int rings) {
        List<Rect> out = new ArrayList<>(8 * rings);
        for (int ring = 0; ring < rings; ring++) {
            double d = r + gap + ring * (h + 2);
            double diag = d * 0.72;
            out.add(new Rect(cx + d, cy - h / 2, w, h));
            out.add(new Rect(cx - d - w, cy - h / 2, w, h));
            out.add(new Rect(cx - w / 2, cy - d - h, w, h));
            out.add(new Rect(cx - w / 2, cy + d, w, h));
            out.add(new Rect(cx + diag, cy - diag - h, w, h));
            out.add(new Rect(cx - diag - w, cy - diag - h, w, h));
            out.add(new Rect(cx + diag, cy + diag, w, h));
            out.add(new Rect(cx - diag - w, cy + diag, w, h));
        }
        return out;
    }

    /**
     * More spots in the first ring, for a name that must be placed (a route stop's) in a small panel: above and below
     * the mark but flush with its left or right edge, or slid along to stay inside the {@code width}-wide panel while
     * still over the mark; beside it but flush with its top or bottom. Centred above Brussels' badge in a dashboard's
     * corner, "Brussels 12 Jan" ran off the panel; flush with the badge's left edge it fits.
     */
    public static List<Rect> flush(double cx, double cy, double r, double gap, double w, double h, double width) {
        List<Rect> out = new ArrayList<>(10);
        double above = cy - r - gap - h;
        double below = cy + r + gap;
        for (double y : new double[] {above, below}) {
            out.add(new Rect(cx - r, y, w, h));
            out.add(new Rect(cx + r - w, y, w, h));
            double slid = Math.max(0, Math.min(width - w, cx - w / 2));
            if (slid < cx + r && slid + w > cx - r) {
                out.add(new Rect(slid, y, w, h));
            }
        }
        for (double x : new double[] {cx + r + gap, cx - r - gap - w}) {
            out.add(new Rect(x, cy - r, w, h));
            out.add(new Rect(x, cy + r - h, w, h));
        }
        return out;
    }

    /** True if the spot is away from its mark by more than the first ring, so it needs a leader line. */
    public static boolean needsLeader(Rect spot, double cx, double cy, double r, double gap, double h) {
        double nx = Math.max(spot.x(), Math.min(cx, spot.x() + spot.w()));
        double ny = Math.max(spot.y(), Math.min(cy, spot.y() + spot.h()));
        return Math.hypot(nx - cx, ny - cy) > r + gap + h / 2 + 1;
    }
}
