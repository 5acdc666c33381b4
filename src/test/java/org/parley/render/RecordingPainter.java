package org.parley.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A painter for tests: it draws nothing and remembers each drawing operation with the colour and
 * dash in force, at coordinates after the translations applied so far. Text is measured as a fixed
 * width per character so that layout decisions made by the painter under test are predictable.
 */
public class RecordingPainter implements Painter {

    /** Character width and ascent most painter tests were written against. */
    public static final double CHAR_WIDTH = 6.5;
    public static final double ASCENT = 8;

    /**
     * One drawing call. Rectangles and ovals keep their box; lines keep (x1, y1) and the
     * difference to (x2, y2) as {@code w, h}; polygons keep their first point; text keeps its
     * measured width in {@code w}.
     */
    public record Op(String name, double x, double y, double w, double h, Rgba colour, String text, boolean dashed) {

        public boolean filled() {
            return name.startsWith("fill");
        }

        public double cx() {
            return x + w / 2;
        }

        public double cy() {
            return y + h / 2;
        }

        /** Radius, for ovals drawn as circles. */
        public double r() {
            return w / 2;
        }
    }

    /** The state {@link #save()} keeps, as a real backend would. */
    private record State(double tx, double ty, Rgba fill, Rgba stroke, boolean dashed) {
    }

    public final List<Op> ops = new ArrayList<>();
    private final List<State> saved = new ArrayList<>();
    private final double charWidth;
    private final double ascent;
    private double tx;
    private double ty;
    private Rgba fill = new Rgba(0, 0, 0, 1);
    private Rgba stroke = new Rgba(0, 0, 0, 1);
    private boolean dashed;
    private boolean everDashed;

    public RecordingPainter() {
        this(CHAR_WIDTH, ASCENT);
    }

    public RecordingPainter(double charWidth, double ascent) {
        this.charWidth = charWidth;
        this.ascent = ascent;
    }

    public List<Op> named(String name) {
        return ops.stream().filter(o -> o.name().equals(name)).toList();
    }

    /** The drawn strings, in drawing order. */
    public List<String> texts() {
        return textOps().stream().map(Op::text).toList();
    }

    public List<Op> textOps() {
        return named("text");
    }

    /** Filled and stroked ovals, in drawing order. */
    public List<Op> ovals() {
        return ops.stream().filter(o -> o.name().equals("fillOval") || o.name().equals("strokeOval")).toList();
    }

    /** Whether a dash pattern was ever set, whether or not anything was drawn with it. */
    public boolean everDashed() {
        return everDashed;
    }

    @Override
    public void save() {
        saved.add(new State(tx, ty, fill, stroke, dashed));
    }

    @Override
    public void restore() {
        State s = saved.remove(saved.size() - 1);
        tx = s.tx();
        ty = s.ty();
        fill = s.fill();
        stroke = s.stroke();
        dashed = s.dashed();
    }

    @Override
    public void translate(double dx, double dy) {
        tx += dx;
        ty += dy;
    }

    // Recorded coordinates only follow translations; fail loudly rather than record wrong ones.
    @Override
    public void scale(double sx, double sy) {
        throw new UnsupportedOperationException("not recorded");
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
    }

    @Override
    public void setFill(Rgba colour) {
        fill = colour;
    }

    @Override
    public void setStroke(Rgba colour) {
        stroke = colour;
    }

    @Override
    public void setLineWidth(double width) {
    }

    @Override
    public void setLineDash(double... dashes) {
        dashed = dashes != null && dashes.length > 0;
        everDashed |= dashed;
    }

    @Override
    public void setFont(FontSpec font) {
    }

    private void add(String name, double x, double y, double w, double h, Rgba colour, String text) {
        ops.add(new Op(name, x + tx, y + ty, w, h, colour, text, dashed));
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        add("fillRect", x, y, w, h, fill, null);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        add("strokeRect", x, y, w, h, stroke, null);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        add("fillRoundRect", x, y, w, h, fill, null);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        add("strokeRoundRect", x, y, w, h, stroke, null);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        add("fillOval", x, y, w, h, fill, null);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        add("strokeOval", x, y, w, h, stroke, null);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        add("line", x1, y1, x2 - x1, y2 - y1, stroke, null);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        add("fillPolygon", xs[0], ys[0], 0, 0, fill, null);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        add("strokePolygon", xs[0], ys[0], 0, 0, stroke, null);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        add("polyline", xs[0], ys[0], 0, 0, stroke, null);
    }

    @Override
    public void fillRings(double[] coords, int[] ringStarts, int pointCount) {
        add("fillRings", 0, 0, 0, 0, fill, null);
    }

    @Override
    public void strokeRings(double[] coords, int[] ringStarts, int pointCount) {
        add("strokeRings", 0, 0, 0, 0, stroke, null);
    }

    @Override
    public void fillText(String text, double x, double y, TextAnchor anchor) {
        add("text", x, y, textWidth(text), 0, fill, text);
    }

    @Override
    public double textWidth(String text) {
        return text.length() * charWidth;
    }

    @Override
    public double ascent() {
        return ascent;
    }
}
