package org.parley.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** No edge between two actors runs over a third's disc, which would read as a link the papers never made. */
class EdgeClearanceTest {

    /** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
    private static double toSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    @Test
    void aNodeOnAnEdgeBetweenTwoOthersIsMovedOffIt() {
        double[] x = {10, 200, 100, 100};
        double[] y = {50, 50, 50, 54};
        EdgeClearance.apply(x, y, new int[][] {{0, 1}}, 300, 120, 20, 40, 6);
        for (int c : new int[] {2, 3}) {
            assertTrue(toSegment(x[c], y[c], x[0], y[0], x[1], y[1]) >= 19.9, "node " + c + " at " + x[c] + ", " + y[c]);
        }
        assertTrue(Math.hypot(x[2] - x[3], y[2] - y[3]) >= 39.9, "and kept apart from each other");
    }

    @Test
    void aNodeAgainstTheFrameCrossesToTheEdgesOtherSide() {
        double[] x = {0, 200, 100};
        double[] y = {10, 10, 2};
        EdgeClearance.apply(x, y, new int[][] {{0, 1}}, 200, 100, 20, 40, 6);
        assertTrue(y[2] >= 29.9, "moved below the edge, the frame's top leaving no room above: " + y[2]);
    }

    @Test
    void theEdgesOwnEndsAndNodesBesideTheLineStay() {
        double[] x = {10, 200, 100, 260};
        double[] y = {50, 50, 90, 50};
        EdgeClearance.apply(x, y, new int[][] {{0, 1}}, 300, 120, 20, 40, 6);
        assertEquals(100, x[2]);
        assertEquals(90, y[2]);
        assertEquals(260, x[3], "past the end of the edge, in line with it: beside the line, not on it");
    }
}
