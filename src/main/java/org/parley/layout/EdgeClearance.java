package org.parley.layout;

/**
 * Moves a node off a straight edge that passes over it between two other nodes: drawn under the
 * node's disc, such an edge reads as a link the papers never made. Each pass pushes each such node
 * out to {@code clearance} from the edge, at right angles to it, staying in the box; then the
 * nodes are kept apart again. Costs edges × nodes a pass, so a network larger than
 * {@link #MAX_WORK} pairs is left as it is (a felt of edges is no longer read link by link).
 */
final class EdgeClearance {

    /** Edges × nodes: a resize of the network panel refits on the JavaFX thread, a few milliseconds at most. */
    static final long MAX_WORK = 100_000;

    private EdgeClearance() {
    }

    /**
     * @param ends each edge's two node indices
     */
    static void apply(double[] x, double[] y, int[][] ends, double w, double h, double clearance, double minDistance,
                      int passes) {
        int n = x.length;
        if ((long) ends.length * n > MAX_WORK || clearance <= 0) {
            return;
        }
        for (int pass = 0; pass < passes; pass++) {
            boolean moved = false;
            for (int[] e : ends) {
                int a = e[0];
                int b = e[1];
                double dx = x[b] - x[a];
                double dy = y[b] - y[a];
                double length2 = dx * dx + dy * dy;
                if (length2 < 1e-9) {
                    continue;
                }
                for (int c = 0; c < n; c++) {
                    if (c == a || c == b) {
                        continue;
                    }
                    // Only the stretch between the ends counts: past them the disc is beside the line, not on it.
                    double t = ((x[c] - x[a]) * dx + (y[c] - y[a]) * dy) / length2;
                    if (t <= 0.05 || t >= 0.95) {
                        continue;
                    }
                    double px = x[a] + t * dx;
                    double py = y[a] + t * dy;
                    double ox = x[c] - px;
                    double oy = y[c] - py;
                    double d = Math.sqrt(ox * ox + oy * oy);
                    if (d >= clearance) {
                        continue;
                    }
                    if (d < 1e-9) {
                        // Exactly on the line: step to the side fixed by the edge's direction.
                        double length = Math.sqrt(length2);
                        ox = -dy / length;
                        oy = dx / length;
                        d = 1;
                    }
                    double push = clearance - Math.min(d, clearance) + 0.5;
                    double tx = x[c] + ox / d * push;
                    double ty = y[c] + oy / d * push;
                    if (tx < 0 || tx > w || ty < 0 || ty > h) {
                        // Against the frame's edge: cross to the line's other side instead.
                        push = -(d + clearance + 0.5);
                        tx = x[c] + ox / d * push;
                        ty = y[c] + oy / d * push;
                    }
                    x[c] = Separation.clamp(tx, 0, w);
                    y[c] = Separation.clamp(ty, 0, h);
                    moved = true;
                }
            }
            Separation.apply(x, y, w, h, minDistance, 20);
            if (!moved) {
                return;
            }
        }
    }
}
