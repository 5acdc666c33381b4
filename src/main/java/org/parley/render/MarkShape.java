package org.parley.render;

import org.parley.model.EventKind;

/**
 * The mark each kind gets, so kinds stay apart without colour (print, colour-blind readers). Only
 * Meeting's is round: every other mark's outline comes in between its points by more than a pixel on a
 * page at 60 dpi, where a hexagon and a pentagon printed as the circle (decision 0169).
 */
public enum MarkShape {
    CIRCLE, SQUARE, DIAMOND, TRIANGLE_UP, TRIANGLE_DOWN, TRIANGLE_LEFT, STAR, CROSS, SALTIRE;

    public static MarkShape of(EventKind kind) {
        return switch (kind) {
            case MEETING -> CIRCLE;
            case STATEMENT -> SQUARE;
            case BRIEFING -> DIAMOND;
            case PROPOSAL -> TRIANGLE_UP;
            case MILITARY -> TRIANGLE_DOWN;
            case REACTION -> TRIANGLE_LEFT;
            case DECISION -> SALTIRE;
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

    /** The mark's outline as a polygon, for every shape but the circle (the square's is the drawn square's). */
    double[][] outline(double cx, double cy, double r) {
        return switch (this) {
            case DIAMOND -> regular(cx, cy, r * 1.15, 4, -Math.PI / 2, 1);
            case TRIANGLE_UP -> regular(cx, cy, r * 1.15, 3, -Math.PI / 2, 1);
            case TRIANGLE_DOWN -> regular(cx, cy, r * 1.15, 3, Math.PI / 2, 1);
            case TRIANGLE_LEFT -> regular(cx, cy, r * 1.15, 3, Math.PI, 1);
            case STAR -> regular(cx, cy, r * 1.2, 10, -Math.PI / 2, 0.5);
            case CROSS -> cross(cx, cy, r, 0);
            case SALTIRE -> cross(cx, cy, r * 1.1, Math.PI / 4);
            default -> regular(cx, cy, r * 0.85 * Math.sqrt(2), 4, Math.PI / 4, 1);
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

    /** A plus, turned by {@code turn} (a quarter of pi makes it a ballot's cross). */
    private static double[][] cross(double cx, double cy, double r, double turn) {
        double t = r * 0.35;
        double[] xs = {-t, t, t, r, r, t, t, -t, -t, -r, -r, -t};
        double[] ys = {-r, -r, -t, -t, t, t, r, r, t, t, -t, -t};
        double cos = Math.cos(turn);
        double sin = Math.sin(turn);
        for (int i = 0; i < xs.length; i++) {
            double x = xs[i];
            xs[i] = cx + x * cos - ys[i] * sin;
            ys[i] = cy + x * sin + ys[i] * cos;
        }
        return new double[][] {xs, ys};
    }
}
