package org.parley.layout;

/**
 * Keyboard travel between marks on a plane (places on the map, actors in the network): an arrow
 * key moves to the nearest mark lying in that direction, within a 45° cone either side, with
 * sideways distance costing double so the path feels straight.
 */
public final class ArrowNavigation {

    public enum Direction {
        LEFT(-1, 0), RIGHT(1, 0), UP(0, -1), DOWN(0, 1);

        private final int dx;
        private final int dy;

        Direction(int dx, int dy) {
            this.dx = dx;
            this.dy = dy;
        }
    }

    private ArrowNavigation() {
    }

    /**
     * @param from index of the current mark, or −1 to start from the mark nearest the top-left
     * @return the index of the next mark, or {@code from} if none lies that way
     */
    public static int next(double[] xs, double[] ys, int from, Direction direction) {
        int n = xs.length;
        if (n == 0) {
            return -1;
        }
        if (from < 0 || from >= n) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (xs[i] + ys[i] < xs[best] + ys[best]) {
                    best = i;
                }
            }
            return best;
        }
        int best = from;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (i == from) {
                continue;
            }
            double ex = xs[i] - xs[from];
            double ey = ys[i] - ys[from];
            double along = ex * direction.dx + ey * direction.dy;
            double across = Math.abs(ex * direction.dy - ey * direction.dx);
            if (along <= 0 || across > along) {
                continue;
            }
            double cost = along + 2 * across;
            if (cost < bestCost) {
                bestCost = cost;
                best = i;
            }
        }
        return best;
    }
}
