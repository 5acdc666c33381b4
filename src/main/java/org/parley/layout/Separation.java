package org.parley.layout;

/**
 * Pushes apart points closer than a minimum distance, a bounded number of passes, staying in the
 * box. Neighbours are found through a grid of cells one minimum distance wide, so a pass costs
 * about n, not n², and a thousand actors separate in a few milliseconds.
 */
final class Separation {

    private Separation() {
    }

    static void apply(double[] x, double[] y, double w, double h, double minDistance, int passes) {
        int n = x.length;
        if (n < 2 || minDistance <= 0) {
            return;
        }
        SpatialGrid grid = new SpatialGrid(w, h, minDistance);
        for (int pass = 0; pass < passes; pass++) {
            grid.index(x, y);
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                int[] near = grid.near(x[i], y[i]);
                for (int j : near) {
                    if (j <= i) {
                        continue;
                    }
                    double ex = x[j] - x[i];
                    double ey = y[j] - y[i];
                    double d = Math.sqrt(ex * ex + ey * ey);
                    if (d >= minDistance) {
                        continue;
                    }
                    if (d < 1e-9) {
                        // Coincident nodes: part them along a direction fixed by their indices.
                        double angle = (i * 31 + j * 17) % 360 * Math.PI / 180;
                        ex = Math.cos(angle);
                        ey = Math.sin(angle);
                        d = 1;
                    }
                    double push = (minDistance - Math.min(d, minDistance)) / 2 + 0.01;
                    x[i] = clamp(x[i] - ex / d * push, 0, w);
                    y[i] = clamp(y[i] - ey / d * push, 0, h);
                    x[j] = clamp(x[j] + ex / d * push, 0, w);
                    y[j] = clamp(y[j] + ey / d * push, 0, h);
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
