package org.parley.export.handout;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import org.parley.render.Painter;

/**
 * A painter that hands country outlines on with only the detail a printed map can show: rings
 * wholly outside the frame are dropped, points beyond it are pulled onto a band just outside it
 * (where runs of them collapse into a few), and points closer than {@code tolerance} (points,
 * 1/72 in) to the last one kept are skipped. A page's map then weighs kilobytes rather than the basemap's
 * full megabyte, which keeps a whole-week handout small enough to e-mail.
 */
final class CoarseGeometry {

    /** How far outside the frame clamped points sit, so no clamped edge runs along a visible border. */
    private static final double BAND = 12;

    private CoarseGeometry() {
    }

    static Painter wrap(Painter inner, double tolerance, double width, double height) {
        return (Painter) Proxy.newProxyInstance(Painter.class.getClassLoader(), new Class<?>[] {Painter.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if ((name.equals("fillRings") || name.equals("strokeRings")) && args.length == 3) {
                        Object[] coarse = simplify((double[]) args[0], (int[]) args[1], (int) args[2],
                                tolerance, width, height);
                        args = coarse;
                    }
                    try {
                        return method.invoke(inner, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The rings of {@code coords} that touch the frame, thinned; as {coords, ringStarts, pointCount}. */
    static Object[] simplify(double[] coords, int[] ringStarts, int pointCount, double tolerance,
                             double width, double height) {
        double[] out = new double[pointCount * 2];
        int[] starts = new int[ringStarts.length];
        int rings = 0;
        int n = 0;
        double t2 = tolerance * tolerance;
        for (int r = 0; r < ringStarts.length; r++) {
            int from = ringStarts[r];
            int to = r + 1 < ringStarts.length ? ringStarts[r + 1] : pointCount;
            if (to - from < 3 || outside(coords, from, to, width, height)) {
                continue;
            }
            int ringStart = n;
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            for (int i = from; i < to; i++) {
                // Outside the frame only the side a point lies on matters for the fill inside it.
                double x = Math.max(-BAND, Math.min(width + BAND, coords[2 * i]));
                double y = Math.max(-BAND, Math.min(height + BAND, coords[2 * i + 1]));
                boolean last = i == to - 1;
                double dx = x - lastX;
                double dy = y - lastY;
                if (n == ringStart || last || dx * dx + dy * dy >= t2) {
                    out[2 * n] = x;
                    out[2 * n + 1] = y;
                    n++;
                    lastX = x;
                    lastY = y;
                }
            }
            if (n - ringStart < 3) {
                n = ringStart;
                continue;
            }
            starts[rings++] = ringStart;
        }
        return new Object[] {Arrays.copyOf(out, n * 2), Arrays.copyOf(starts, rings), n};
    }

    private static boolean outside(double[] c, int from, int to, double width, double height) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            minX = Math.min(minX, c[2 * i]);
            maxX = Math.max(maxX, c[2 * i]);
            minY = Math.min(minY, c[2 * i + 1]);
            maxY = Math.max(maxY, c[2 * i + 1]);
        }
        return maxX < 0 || maxY < 0 || minX > width || minY > height;
    }
}
