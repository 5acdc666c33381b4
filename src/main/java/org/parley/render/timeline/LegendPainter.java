package org.parley.render.timeline;

import java.util.ArrayList;
import java.util.List;
import org.parley.layout.LegendEntries;
import org.parley.model.EventKind;
import org.parley.render.FontSpec;
import org.parley.render.MarkShape;
import org.parley.render.Painter;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;

/**
 * The key to the timeline's marks: each kind drawn, in its colour and shape with its name, and where
 * the figure has them, the look of a date known only roughly, of what had not happened, and of a day
 * or place the curator inferred ({@link LegendEntries}); or, for a timeline seen from so far away that
 * it is drawn as density strips, what a strip and its shade stand for. Laid out on a fixed column grid
 * (a strip's entry spans a few columns) so its height is a pure function of the width and the entries,
 * which lets an exporter size the image before it has anything to measure text with.
 */
public final class LegendPainter {

    public static final double COLUMN_WIDTH = 172;
    public static final double ROW_HEIGHT = 20;
    static final String SOFT_LABEL = "Date known roughly";
    static final String INFERRED_LABEL = "Day or place inferred";
    /** Same words on screen and in every export: a strip is many events, none drawn on its own. */
    static final String STRIP_LABEL = "Shaded strip: too many events to draw singly";
    static final String ROUGH_STRIP_LABEL = "Shaded strip of events dated roughly";
    /** The strips' scale where none is given: its place in the key, so the key's height never depends on it. */
    static final String SCALE_LABEL = "Shade counts the events in each stretch of time";
    private static final FontSpec FONT = FontSpec.sans(11);
    private static final double PADDING = 8;
    /** Columns a strip's entry spans where there are that many: its words are a sentence, not a name. */
    private static final int STRIP_SPAN = 2;
    /** Columns the strips' scale spans: with both strips, one row of seven at 1280 px. */
    private static final int SCALE_SPAN = 3;
    private static final double STRIP_SWATCH_WIDTH = 30;
    private static final int STRIP_SWATCH_STEPS = 5;

    private LegendPainter() {
    }

    /** The entries in drawing order: the kinds drawn, then the rough-date, modality and inferred keys where needed; or the strips. */
    public static List<String> labels(LegendEntries entries) {
        List<String> out = new ArrayList<>();
        for (EventKind k : entries.kinds()) {
            out.add(k.label());
        }
        if (entries.roughDates()) {
            out.add(SOFT_LABEL);
        }
        if (entries.notHappened()) {
            out.add(ModalityStyle.LEGEND_LABEL);
        }
        if (entries.inferred()) {
            out.add(INFERRED_LABEL);
        }
        if (entries.datedStrips()) {
            out.add(STRIP_LABEL);
        }
        if (entries.roughStrips()) {
            out.add(ROUGH_STRIP_LABEL);
        }
        if (entries.datedStrips() || entries.roughStrips()) {
            out.add(SCALE_LABEL);
        }
        return out;
    }

    public static int columns(double width) {
        return Math.max(1, (int) ((width - 2 * PADDING) / COLUMN_WIDTH));
    }

    /** The key's height across {@code width}: a pure function of the two, so a figure is sized before it is drawn. */
    public static double height(double width, LegendEntries entries) {
        List<String> labels = labels(entries);
        if (labels.isEmpty()) {
            return 0;
        }
        int[] cells = cells(labels, columns(width));
        int rows = cells[cells.length - 1] / columns(width) + 1;
        return rows * ROW_HEIGHT + 6;
    }

    /** Draws the key to {@code entries} in {@code [x, x + width)} from {@code y} down, {@link #height} tall. */
    public static void paint(Painter p, Theme theme, double x, double y, double width, LegendEntries entries) {
        paint(p, theme, x, y, width, entries, null);
    }

    /**
     * Draws the key, the density strips' entry saying what their shades count ({@code scale}, as drawn above
     * it; null for the words alone).
     */
    public static void paint(Painter p, Theme theme, double x, double y, double width, LegendEntries entries,
                             DensityScale scale) {
        double height = height(width, entries);
        if (height == 0) {
            return;
        }
        p.save();
        p.setFill(theme.panel());
        p.fillRect(x, y, width, height);
        p.setStroke(theme.grid());
        p.setLineWidth(1);
        p.strokeLine(x, y + 0.5, x + width, y + 0.5);
        p.setFont(FONT);
        int columns = columns(width);
        List<String> labels = labels(entries);
        int[] cells = cells(labels, columns);
        List<EventKind> kinds = List.copyOf(entries.kinds());
        for (int i = 0; i < labels.size(); i++) {
            double cx = x + PADDING + (cells[i] % columns) * COLUMN_WIDTH;
            double cy = y + 3 + (cells[i] / columns) * ROW_HEIGHT + ROW_HEIGHT / 2;
            String label = labels.get(i);
            double textX = cx + 18;
            if (i < kinds.size()) {
                p.setFill(theme.kind(kinds.get(i)));
                MarkShape.of(kinds.get(i)).fill(p, cx + 6, cy, 5);
            } else if (label.equals(SOFT_LABEL)) {
                softSwatch(p, theme, cx, cy);
            } else if (label.equals(ModalityStyle.LEGEND_LABEL)) {
                ModalityStyle.legendSwatch(p, theme, cx, cy);
            } else if (label.equals(SCALE_LABEL)) {
                textX = cx;
                label = scale == null ? label : scale.text();
            } else if (isStrip(label)) {
                stripSwatch(p, theme, cx, cy, label.equals(ROUGH_STRIP_LABEL));
                textX = cx + STRIP_SWATCH_WIDTH + 6;
            } else {
                InferredMark.paint(p, theme, cx + 6, cy);
                p.setFont(FONT);
            }
            p.setFill(theme.text());
            int lastColumn = Math.min(columns, (cells[i] % columns) + span(labels.get(i), columns));
            double room = x + PADDING + lastColumn * COLUMN_WIDTH - textX - 4;
            p.fillText(isStrip(labels.get(i)) ? p.fitted(label, room) : label, textX, cy + p.ascent() / 2,
                    TextAnchor.START);
        }
        p.restore();
    }

    /** Each entry's first cell, counted row by row across {@code columns}: an entry that does not fit the row's rest starts the next. */
    private static int[] cells(List<String> labels, int columns) {
        int[] out = new int[labels.size()];
        int cell = 0;
        for (int i = 0; i < labels.size(); i++) {
            int span = span(labels.get(i), columns);
            if (cell % columns + span > columns) {
                cell += columns - cell % columns;
            }
            out[i] = cell;
            cell += span;
        }
        return out;
    }

    private static int span(String label, int columns) {
        return label.equals(SCALE_LABEL) ? Math.min(SCALE_SPAN, columns)
                : isStrip(label) ? Math.min(STRIP_SPAN, columns) : 1;
    }

    /** An entry of the density strips: a sentence spanning a few columns, cut to them if need be. */
    private static boolean isStrip(String label) {
        return label.equals(STRIP_LABEL) || label.equals(ROUGH_STRIP_LABEL) || label.equals(SCALE_LABEL);
    }

    /** A strip's look: a few cells from light to deep in its colour, as a burst among quiet days is drawn. */
    private static void stripSwatch(Painter p, Theme theme, double x, double cy, boolean rough) {
        double cell = STRIP_SWATCH_WIDTH / STRIP_SWATCH_STEPS;
        for (int i = 0; i < STRIP_SWATCH_STEPS; i++) {
            double depth = ItemPainter.densityDepth(1 << i, 1 << (STRIP_SWATCH_STEPS - 1));
            p.setFill(ItemPainter.densityColour(theme, rough).withAlpha(depth));
            p.fillRect(x + i * cell, cy - 5, cell, 10);
        }
    }

    private static void softSwatch(Painter p, Theme theme, double x, double cy) {
        p.setFill(theme.mutedText().withAlpha(0.25));
        p.fillRect(x, cy - 5, 13, 10);
        p.setStroke(theme.mutedText());
        p.setLineDash(2, 2);
        p.strokeRect(x, cy - 5, 13, 10);
        p.setLineDash();
    }
}
