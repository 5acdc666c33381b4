package org.parley.render;

import org.parley.model.EventKind;

/** The mark each kind gets, so kinds stay apart without colour (print, colour-blind readers). */
public enum MarkShape {
    CIRCLE, SQUARE, DIAMOND, TRIANGLE_UP, TRIANGLE_DOWN, HEXAGON, STAR, CROSS, PENTAGON;

    public static MarkShape of(EventKind kind) {
        return switch (kind) {
            case MEETING -> CIRCLE;
            case STATEMENT -> SQUARE;
            case BRIEFING -> DIAMOND;
            case PROPOSAL -> TRIANGLE_UP;
            case MILITARY -> TRIANGLE_DOWN;
            case REACTION -> HEXAGON;
            case DECISION -> PENTAGON;
            case CONFLICT -> STAR;
            case ECONOMY -> CROSS;
        };
    }

    /** Draws the mark centred on (cx, cy) with radius r in the painter's current fill. */
    public void fill(Painter p, double cx, double cy, double r) {
        switch (this) {
            case CIRCLE -> p.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            case SQUARE -> p.fillRect(cx - r * 0.85, cy - r * 0.85, 1.7 * r, 1.7 * r);
            default -> {
                double[][] pts = outline(cx, cy, r);
                p.fillPolygon(pts[0], pts[1], pts[0].length);
            }
        }
    }

    public void stroke(Painter p, double cx, double cy, double r) {
        switch (this) {
            case CIRCLE -> p.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            case SQUARE -> p.strokeRect(cx - r * 0.85, cy - r * 0.85, 1.7 * r, 1.7 * r);
            default -> {
                double[][] pts = outline(cx, cy, r);
                p.strokePolygon(pts[0], pts[1], pts[0].length);
            }
        }
    }

    private double[][] outline(double cx, double cy, double r) {
        return switch (this) {
            case DIAMOND -> regular(cx, cy, r * 1.15, 4, -Math.PI / 2, 1);
            case TRIANGLE_UP -> regular(cx, cy, r * 1.15, 3, -Math.PI / 2, 1);
            case TRIANGLE_DOWN -> regular(cx, cy, r * 1.15, 3, Math.PI / 2, 1);
            case HEXAGON -> regular(cx, cy, r, 6, 0, 1);
            case PENTAGON -> regular(cx, cy, r * 1.05, 5, -Math.PI / 2, 1);
            case STAR -> regular(cx, cy, r * 1.2, 10, -Math.PI / 2, 0.5);
            case CROSS -> cross(cx, cy, r);
            default -> regular(cx, cy, r, 4, Math.PI / 4, 1);
        };
    }

    /** A regular polygon; with {@code inner} < 1, every second vertex is pulled in (a star). */
    private static double[][] regular(double cx, double cy, double r, int n, double start, double inner) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double a = start + 2 * Math.PI * i / n;
            double rr = i % 2 == 1 ? r * inner : r;
            xs[i] = cx + rr * Math.cos(a);
            ys[i] = cy + rr * Math.sin(a);
        }
        return new double[][] {xs, ys};
    }

    private static double[][] cross(double cx, double cy, double r) {
        double t = r * 0.35;
        double[] xs = {cx - t, cx + t, cx + t, cx + r, cx + r, cx + t, cx + t, cx - t, cx - t, cx - r, cx - r, cx - t};
        double[] ys = {cy - r, cy - r, cy - t, cy - t, cy + t, cy + t, cy + r, cy + r, cy + t, cy + t, cy - t, cy - t};
        return new double[][] {xs, ys};
    }
}
