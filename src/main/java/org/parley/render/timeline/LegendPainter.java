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
 * or place the curator inferred ({@link LegendEntries}). Laid out on a fixed column grid so its
 * height is a pure function of the width and the entries, which lets an exporter size the image
 * before it has anything to measure text with.
 */
public final class LegendPainter {

    public static final double COLUMN_WIDTH = 172;
    public static final double ROW_HEIGHT = 20;
    static final String SOFT_LABEL = "Date known roughly";
    static final String INFERRED_LABEL = "Day or place inferred";
    private static final FontSpec FONT = FontSpec.sans(11);
    private static final double PADDING = 8;

    private LegendPainter() {
    }

    /** The entries in drawing order: the kinds drawn, then the rough-date, modality and inferred keys where needed. */
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
        return out;
    }

    public static int columns(double width) {
        return Math.max(1, (int) ((width - 2 * PADDING) / COLUMN_WIDTH));
    }

    /** The key's height across {@code width}: a pure function of the two, so a figure is sized before it is drawn. */
    public static double height(double width, LegendEntries entries) {
        int count = labels(entries).size();
        if (count == 0) {
            return 0;
        }
        int rows = (count + columns(width) - 1) / columns(width);
        return rows * ROW_HEIGHT + 6;
    }

    /** Draws the key to {@code entries} in {@code [x, x + width)} from {@code y} down, {@link #height} tall. */
    public static void paint(Painter p, Theme theme, double x, double y, double width, LegendEntries entries) {
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
        List<EventKind> kinds = List.copyOf(entries.kinds());
        for (int i = 0; i < labels.size(); i++) {
            double cx = x + PADDING + (i % columns) * COLUMN_WIDTH;
            double cy = y + 3 + (i / columns) * ROW_HEIGHT + ROW_HEIGHT / 2;
            String label = labels.get(i);
            if (i < kinds.size()) {
                p.setFill(theme.kind(kinds.get(i)));
                MarkShape.of(kinds.get(i)).fill(p, cx + 6, cy, 5);
            } else if (label.equals(SOFT_LABEL)) {
                softSwatch(p, theme, cx, cy);
            } else if (label.equals(ModalityStyle.LEGEND_LABEL)) {
                ModalityStyle.legendSwatch(p, theme, cx, cy);
            } else {
                InferredMark.paint(p, theme, cx + 6, cy);
                p.setFont(FONT);
            }
            p.setFill(theme.text());
            p.fillText(label, cx + 18, cy + p.ascent() / 2, TextAnchor.START);
        }
        p.restore();
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
