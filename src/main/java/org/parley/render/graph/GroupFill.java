package org.parley.render.graph;

import org.parley.model.ActorGroup;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.Theme;

/**
 * How an actor group's disc is filled, in the network and in its key alike. In the colour themes every
 * disc is solid in its group's colour; on paper ({@link Theme#PRINT}) the discs are drawn in black ink,
 * each group in a pattern of its own, since greys that differ on screen print as one (decision 0169).
 * The patterns are areas of ink (a half, a quarter, a band, a centre dot), not lines, so they still read
 * at 60 dpi, where a slash or a cross through a small disc filled it.
 */
public enum GroupFill {
    SOLID, OPEN, LEFT_HALF, LOWER_HALF, CENTRE_DOT, QUARTER, BAND;

    /** Points on an arc: enough that the largest node's half looks round. */
    private static final int ARC_POINTS = 24;

    public static GroupFill of(ActorGroup group, Theme theme) {
        if (theme != Theme.PRINT) {
            return SOLID;
        }
        // The three camps of the talks get the boldest patterns: solid, open and half.
        return switch (group) {
            case UNITED_STATES -> SOLID;
            case RUSSIA -> OPEN;
            case NATO_AND_ALLIES -> LEFT_HALF;
            case OSCE_EU -> CENTRE_DOT;
            case COMMENTATORS -> QUARTER;
            case PRESS -> LOWER_HALF;
            case OTHER -> BAND;
        };
    }

    /** Paints a disc of radius {@code r} centred on (cx, cy): {@code ink} on {@code paper} where the pattern leaves room. */
    public void paint(Painter p, Rgba ink, Rgba paper, double cx, double cy, double r) {
        if (this == SOLID) {
            p.setFill(ink);
            p.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            return;
        }
        double w = Math.max(1.0, r * 0.2);
        p.setFill(paper);
        p.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        p.setFill(ink);
        p.setStroke(ink);
        p.setLineWidth(w);
        switch (this) {
            case LEFT_HALF -> arcs(p, cx, cy, r, Math.PI / 2, Math.PI, false);
            case LOWER_HALF -> arcs(p, cx, cy, r, 0, Math.PI, false);
            case QUARTER -> arcs(p, cx, cy, r, -Math.PI / 2, Math.PI / 2, true);
            case BAND -> band(p, cx, cy, r);
            case CENTRE_DOT -> p.fillOval(cx - r * 0.42, cy - r * 0.42, r * 0.84, r * 0.84);
            default -> {
            }
        }
        double ring = r - w / 2;
        p.strokeOval(cx - ring, cy - ring, 2 * ring, 2 * ring);
    }

    /**
     * The part of the disc from angle {@code start} (0 is right, turning down the page) through {@code sweep}: a
     * half closed by its chord, or with {@code wedge} a slice closed through the centre.
     */
    private static void arcs(Painter p, double cx, double cy, double r, double start, double sweep, boolean wedge) {
        int n = ARC_POINTS + 1 + (wedge ? 1 : 0);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i <= ARC_POINTS; i++) {
            double a = start + sweep * i / ARC_POINTS;
            xs[i] = cx + r * Math.cos(a);
            ys[i] = cy + r * Math.sin(a);
        }
        if (wedge) {
            xs[n - 1] = cx;
            ys[n - 1] = cy;
        }
        p.fillPolygon(xs, ys, n);
    }

    /** A band across the middle of the disc, a quarter of its diameter tall, its ends the disc's own edge. */
    private static void band(Painter p, double cx, double cy, double r) {
        double a = Math.asin(0.25);
        double[] xs = new double[2 * ARC_POINTS + 2];
        double[] ys = new double[xs.length];
        for (int i = 0; i <= ARC_POINTS; i++) {
            double t = -a + 2 * a * i / ARC_POINTS;
            xs[i] = cx + r * Math.cos(t);
            ys[i] = cy + r * Math.sin(t);
            xs[ARC_POINTS + 1 + i] = cx - r * Math.cos(t);
            ys[ARC_POINTS + 1 + i] = cy - r * Math.sin(t);
        }
        p.fillPolygon(xs, ys, xs.length);
    }
}
