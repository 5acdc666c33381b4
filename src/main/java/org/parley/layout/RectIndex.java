package org.parley.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Rectangles bucketed on a coarse grid, so "does this overlap anything placed?" looks only at
 * nearby rectangles. Touching edges do not count as overlap.
 */
final class RectIndex {

    private static final double CELL = 64;

    private final Map<Long, List<double[]>> cells = new HashMap<>();

    void add(double x, double y, double w, double h) {
        double[] r = {x, y, w, h};
        forCells(x, y, w, h, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(r));
    }

    boolean overlapsAny(double x, double y, double w, double h) {
        boolean[] hit = {false};
        forCells(x, y, w, h, key -> {
            List<double[]> list = cells.get(key);
            if (list != null && !hit[0]) {
                for (double[] r : list) {
                    if (x < r[0] + r[2] && r[0] < x + w && y < r[1] + r[3] && r[1] < y + h) {
                        hit[0] = true;
                        return;
                    }
                }
            }
        });
        return hit[0];
    }

    private static void forCells(double x, double y, double w, double h, LongConsumer f) {
        long cx0 = (long) Math.floor(x / CELL);
        long cx1 = (long) Math.floor((x + w) / CELL);
        long cy0 = (long) Math.floor(y / CELL);
        long cy1 = (long) Math.floor((y + h) / CELL);
        for (long cx = cx0; cx <= cx1; cx++) {
            for (long cy = cy0; cy <= cy1; cy++) {
                f.accept(cx * 1_000_003L + cy);
            }
        }
    }
}
