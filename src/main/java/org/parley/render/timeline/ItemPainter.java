package org.parley.render.timeline;

import java.util.Arrays;
import java.util.List;
import org.parley.layout.ItemBox;
import org.parley.model.Event;
import org.parley.render.MarkShape;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;

/**
 * Draws one item in its kind's colour and shape, and says by its look how well its date is known:
 * a day is a solid box filling its column, a month or coarser a soft range with feathered ends and
 * dashed edges (never a crisp interval), an hour or minute a mark on a thin stem.
 */
final class ItemPainter {

    /** Room kept at a box's left for its kind mark, so an inside label starts after it. */
    static final double ICON_ROOM = 16;
    static final double ARC = 6;
    private static final double ICON_RADIUS = 4.5;
    private static final double POINT_RADIUS = 6;
    private static final int FEATHER_STEPS = 6;
    private static final int DENSITY_STEPS = 64;

    private ItemPainter() {
    }

    static void paint(Painter p, Theme theme, ItemBox b, Event e, boolean dimmed, double viewportWidth) {
        Rgba colour = theme.kind(e.kind());
        if (dimmed) {
            colour = colour.mix(theme.background(), 0.65);
        }
        MarkShape shape = MarkShape.of(e.kind());
        if (b.point()) {
            point(p, theme, b, colour, shape);
        } else if (b.soft()) {
            soft(p, theme, b, colour, shape, viewportWidth);
        } else {
            day(p, theme, b, colour, shape);
        }
        ModalityStyle.overlay(p, theme, b, e.modality(), colour);
    }

    private static void day(Painter p, Theme theme, ItemBox b, Rgba colour, MarkShape shape) {
        double x = b.x0() + ItemBox.DAY_MARK_INSET;
        double w = Math.max(ItemBox.DAY_MARK_MIN_WIDTH, b.width() - 2 * ItemBox.DAY_MARK_INSET);
        double h = b.y1() - b.y0();
        if (w < 2 * ICON_ROOM) {
            p.setFill(colour);
            p.fillRoundRect(x, b.y0(), w, h, ARC);
            return;
        }
        p.setFill(colour.mix(theme.background(), 0.78));
        p.fillRoundRect(x, b.y0(), w, h, ARC);
        p.setStroke(colour);
        p.setLineWidth(1);
        p.strokeRoundRect(x, b.y0(), w, h, ARC);
        p.setFill(colour);
        shape.fill(p, Math.max(x, 0) + 9, b.y0() + h / 2, ICON_RADIUS);
    }

    private static void soft(Painter p, Theme theme, ItemBox b, Rgba colour, MarkShape shape, double viewportWidth) {
        double h = b.y1() - b.y0();
        // Only the visible stretch is drawn: a decade at week zoom is millions of pixels wide.
        double x0 = Math.max(b.x0(), -4);
        double x1 = Math.min(b.x1(), viewportWidth + 4);
        if (x1 <= x0) {
            return;
        }
        double feather = Math.min(24, (b.x1() - b.x0()) / 4);
        // Under half a pixel a step, the fading edges cannot be seen: one fill, not a dozen (a zoomed-out
        // frame draws thousands of rough dates a few pixels wide).
        double step = feather / FEATHER_STEPS >= 0.5 ? feather / FEATHER_STEPS : 0;
        if (step == 0) {
            feather = 0;
        }
        p.setFill(colour.withAlpha(0.22));
        p.fillRect(Math.max(x0, b.x0() + feather), b.y0(), Math.max(0, Math.min(x1, b.x1() - feather)
                - Math.max(x0, b.x0() + feather)), h);
        for (int i = 0; i < FEATHER_STEPS && step > 0; i++) {
            p.setFill(colour.withAlpha(0.22 * (i + 1) / (FEATHER_STEPS + 1)));
            p.fillRect(b.x0() + i * step, b.y0(), step, h);
            p.fillRect(b.x1() - (i + 1) * step, b.y0(), step, h);
        }
        p.setStroke(colour.withAlpha(0.8));
        p.setLineWidth(1);
        p.setLineDash(4, 3);
        p.strokeLine(x0, b.y0() + 0.5, x1, b.y0() + 0.5);
        p.strokeLine(x0, b.y1() - 0.5, x1, b.y1() - 0.5);
        p.setLineDash();
        if (x1 - Math.max(x0, 0) >= 2 * ICON_ROOM) {
            p.setFill(colour);
            shape.fill(p, Math.max(x0, 0) + 9, b.y0() + h / 2, ICON_RADIUS);
        }
    }

    private static void point(Painter p, Theme theme, ItemBox b, Rgba colour, MarkShape shape) {
        double cx = (b.x0() + b.x1()) / 2;
        double cy = (b.y0() + b.y1()) / 2;
        p.setStroke(colour);
        p.setLineWidth(1);
        p.strokeLine(cx, b.y0(), cx, b.y1());
        p.setFill(colour);
        shape.fill(p, cx, cy, POINT_RADIUS);
        p.setStroke(theme.background());
        shape.stroke(p, cx, cy, POINT_RADIUS);
    }

    /**
     * Several events too close to tell apart at this zoom, drawn as one bar whose depth of colour
     * says how many it holds, with the count written on it where it fits. Zooming in splits it.
     */
    /** Draws a cluster; whether its count fits in it (else the labels count it beside). */
    static boolean cluster(Painter p, Theme theme, ItemBox b, double viewportWidth) {
        double x0 = Math.max(b.x0(), -2);
        double x1 = Math.min(Math.max(b.x1(), b.x0() + 3), viewportWidth + 2);
        double h = b.y1() - b.y0();
        double depth = Math.min(0.85, 0.3 + 0.1 * Math.log(b.count()));
        p.setFill(theme.mutedText().withAlpha(depth));
        p.fillRoundRect(x0, b.y0() + 2, x1 - x0, h - 4, 3);
        String count = Integer.toString(b.count());
        boolean fits = p.textWidth(count) + 6 <= x1 - x0;
        if (fits) {
            p.setFill(theme.background());
            p.fillText(count, (x0 + x1) / 2, b.y0() + (h + p.ascent()) / 2 - 1, TextAnchor.MIDDLE);
        }
        return fits;
    }

    /**
     * The cells of the density strips in view: the more events a cell counts, the deeper its
     * colour, on a log scale against the fullest cell in view so a quiet stretch still shows next
     * to a burst.
     */
    static void densities(Painter p, Theme theme, List<ItemBox> cells) {
        int most = 1;
        for (ItemBox b : cells) {
            most = Math.max(most, b.count());
        }
        // Opacity in DENSITY_STEPS steps, finer than the eye tells apart: cells of one step and
        // colour are painted under one fill, and neighbours in a row as one rectangle, so a frame
        // of thousands of cells sets a few dozen colours instead of one per cell.
        double[][] runs = new double[2 * (DENSITY_STEPS + 1)][];
        int[] sizes = new int[runs.length];
        int key = -1;
        double x0 = 0;
        double x1 = 0;
        double y0 = 0;
        double y1 = 0;
        for (ItemBox b : cells) {
            double depth = densityDepth(b.count(), most);
            int k = 2 * (int) Math.round(depth * DENSITY_STEPS) + (b.soft() ? 1 : 0);
            if (k == key && b.x0() == x1 && b.y0() == y0 && b.y1() == y1) {
                x1 = b.x1();
                continue;
            }
            if (key >= 0) {
                addRun(runs, sizes, key, x0, x1, y0, y1);
            }
            key = k;
            x0 = b.x0();
            x1 = b.x1();
            y0 = b.y0();
            y1 = b.y1();
        }
        if (key >= 0) {
            addRun(runs, sizes, key, x0, x1, y0, y1);
        }
        for (int k = 0; k < runs.length; k++) {
            if (sizes[k] == 0) {
                continue;
            }
            p.setFill(densityColour(theme, k % 2 == 1).withAlpha((double) (k / 2) / DENSITY_STEPS));
            double[] r = runs[k];
            for (int i = 0; i < sizes[k]; i += 4) {
                p.fillRect(r[i], r[i + 2] + 2, r[i + 1] - r[i], r[i + 3] - r[i + 2] - 4);
            }
        }
    }

    /** How deep a density cell of {@code count} events is coloured, against the fullest cell in view: 0.12 to 0.95. */
    static double densityDepth(int count, int most) {
        return Math.min(0.95, 0.12 + 0.83 * Math.log1p(count) / Math.log1p(most));
    }

    /** The colour of a density strip: of events dated roughly ({@code soft}) or to the day or closer. */
    static Rgba densityColour(Theme theme, boolean soft) {
        return soft ? theme.mutedText() : theme.selection();
    }

    private static void addRun(double[][] runs, int[] sizes, int key, double x0, double x1, double y0, double y1) {
        double[] r = runs[key];
        if (r == null) {
            r = runs[key] = new double[64];
        } else if (sizes[key] + 4 > r.length) {
            r = runs[key] = Arrays.copyOf(r, r.length * 2);
        }
        int n = sizes[key];
        r[n] = x0;
        r[n + 1] = x1;
        r[n + 2] = y0;
        r[n + 3] = y1;
        sizes[key] = n + 4;
    }

    /** A ring round an item: the selection (thick) or a highlight (thinner). */
    static void ring(Painter p, ItemBox b, Rgba colour, double lineWidth, double inflate, double viewportWidth) {
        p.setStroke(colour);
        p.setLineWidth(lineWidth);
        if (b.point()) {
            double r = POINT_RADIUS + inflate + 2;
            double cx = (b.x0() + b.x1()) / 2;
            double cy = (b.y0() + b.y1()) / 2;
            p.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        } else {
            double x0 = Math.max(b.x0(), -8);
            double x1 = Math.max(x0 + 4, Math.min(b.x1(), viewportWidth + 8));
            p.strokeRoundRect(x0 + 1.5 - inflate, b.y0() - inflate, x1 - x0 - 3 + 2 * inflate,
                    b.y1() - b.y0() + 2 * inflate, ARC + inflate);
        }
    }
}
