package org.parley.layout.map;

/** Even-odd point-in-polygon tests on flat {@code x0, y0, x1, y1, …} rings. */
final class PointInPolygon {

    private PointInPolygon() {
    }

    /**
     * True if {@code (x, y)} is inside the rings taken together under the even-odd rule, so a
     * point in a hole counts as outside. Points exactly on an edge may fall either way.
     */
    static boolean contains(double[][] rings, double x, double y) {
        boolean inside = false;
        for (double[] ring : rings) {
            if (crossesOddTimes(ring, x, y)) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Casts a ray toward +x and counts edge crossings; works whether or not the ring repeats its first point. */
    static boolean crossesOddTimes(double[] ring, double x, double y) {
        boolean odd = false;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = ring[2 * i];
            double yi = ring[2 * i + 1];
            double xj = ring[2 * j];
            double yj = ring[2 * j + 1];
            if ((yi > y) != (yj > y) && x < xj + (y - yj) * (xi - xj) / (yi - yj)) {
                odd = !odd;
            }
        }
        return odd;
    }
}
