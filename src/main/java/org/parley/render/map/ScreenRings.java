package org.parley.render.map;

import java.util.Arrays;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedPolygon;
import org.parley.render.Painter;

/**
 * Collects projected polygons as one multi-ring path in panel pixels. Points closer than
 * {@link #MIN_STEP_PX} to the previous kept one are dropped: at the Europe view a 50m coastline
 * has several points per pixel, and painting them buys nothing.
 */
final class ScreenRings {

    private static final double MIN_STEP_PX = 0.6;

    private double[] coords = new double[4096];
    private int[] starts = new int[64];
    private int points;
    private int rings;

    void clear() {
        points = 0;
        rings = 0;
    }

    boolean isEmpty() {
        return rings == 0;
    }

    void add(ProjectedPolygon polygon, MapViewport viewport) {
        double mpp = viewport.metresPerPixel();
        double ox = viewport.width() / 2 - viewport.centerX() / mpp;
        double oy = viewport.height() / 2 + viewport.centerY() / mpp;
        for (double[] ring : polygon.rings()) {
            int start = points;
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            for (int i = 0; i + 1 < ring.length; i += 2) {
                double x = ox + ring[i] / mpp;
                double y = oy - ring[i + 1] / mpp;
                boolean lastPoint = i + 2 >= ring.length;
                if (!lastPoint && Math.abs(x - lastX) < MIN_STEP_PX && Math.abs(y - lastY) < MIN_STEP_PX) {
                    continue;
                }
                put(x, y);
                lastX = x;
                lastY = y;
            }
            if (points - start < 3) {
                points = start;
                continue;
            }
            if (rings == starts.length) {
                starts = Arrays.copyOf(starts, rings * 2);
            }
            starts[rings++] = start;
        }
    }

    private void put(double x, double y) {
        if (2 * points + 2 > coords.length) {
            coords = Arrays.copyOf(coords, coords.length * 2);
        }
        coords[2 * points] = x;
        coords[2 * points + 1] = y;
        points++;
    }

    void fill(Painter painter) {
        if (!isEmpty()) {
            painter.fillRings(coords, Arrays.copyOf(starts, rings), points);
        }
    }

    void stroke(Painter painter) {
        if (!isEmpty()) {
            painter.strokeRings(coords, Arrays.copyOf(starts, rings), points);
        }
    }
}
