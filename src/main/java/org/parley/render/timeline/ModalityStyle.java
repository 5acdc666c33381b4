package org.parley.render.timeline;

import org.parley.layout.ItemBox;
import org.parley.model.Modality;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.Theme;

/**
 * How a mark shows what the papers say of its event as of their date. A thing that happened is
 * drawn as it is; anything else (scheduled, expected, conditional, threatened, denied) is hollowed
 * and ringed with a dashed outline whose pattern names the modality, so a reader never takes a
 * plan for a fact. Self-contained: the item painter calls {@link #overlay} once after a mark.
 */
public final class ModalityStyle {

    static final String LEGEND_LABEL = "Not (yet) happened";
    private static final double ARC = 6;
    private static final double HOLLOW = 0.7;

    private ModalityStyle() {
    }

    /** True when the mark must look different from a thing that happened. */
    public static boolean distinct(Modality m) {
        return m != Modality.HAPPENED;
    }

    /** The outline's dash pattern for a modality; empty (solid) for one that happened. */
    public static double[] dashes(Modality m) {
        return switch (m) {
            case HAPPENED -> new double[0];
            case SCHEDULED -> new double[] {6, 3};
            case EXPECTED -> new double[] {3, 3};
            case CONDITIONAL -> new double[] {1.5, 3};
            case THREATENED -> new double[] {7, 2, 1.5, 2};
            case DENIED -> new double[] {2, 2, 2, 6};
        };
    }

    /** Hollows a drawn mark and rings it with its modality's dashes; nothing for a thing that happened. */
    public static void overlay(Painter p, Theme theme, ItemBox b, Modality m, Rgba colour) {
        if (!distinct(m)) {
            return;
        }
        double x = b.x0() + 1.5;
        double w = Math.max(2, b.width() - 3);
        double h = b.y1() - b.y0();
        p.save();
        p.setFill(theme.background().withAlpha(HOLLOW));
        p.fillRoundRect(x + 2, b.y0() + 2, Math.max(0, w - 4), Math.max(0, h - 4), ARC);
        p.setStroke(colour);
        p.setLineWidth(1.5);
        p.setLineDash(dashes(m));
        p.strokeRoundRect(x, b.y0(), w, h, ARC);
        p.setLineDash();
        p.restore();
    }

    /** The legend's swatch: a hollow box with the scheduled dashes. */
    static void legendSwatch(Painter p, Theme theme, double x, double cy) {
        p.setStroke(theme.text());
        p.setLineWidth(1.5);
        p.setLineDash(dashes(Modality.SCHEDULED));
        p.strokeRoundRect(x, cy - 5, 13, 10, 3);
        p.setLineDash();
    }
}
