package org.parley.render.timeline;

import java.util.ArrayList;
import java.util.List;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.TextAnchor;

/**
 * A painter that remembers what it was asked to draw, with the colour in force, after the
 * translations applied so far; text is measured as a fixed width per character.
 */
final class RecordingPainter implements Painter {

    static final double CHAR_WIDTH = 6.5;

    record Op(String name, double x, double y, double w, double h, Rgba colour, String text, boolean dashed) {
    }

    final List<Op> ops = new ArrayList<>();
    private final List<double[]> stack = new ArrayList<>();
    private double tx;
    private double ty;
    private Rgba fill = new Rgba(0, 0, 0, 1);
    private Rgba stroke = new Rgba(0, 0, 0, 1);
    private boolean dashed;

    List<Op> named(String name) {
        return ops.stream().filter(o -> o.name().equals(name)).toList();
    }

    List<String> texts() {
        return named("text").stream().map(Op::text).toList();
    }

    @Override
    public void save() {
        stack.add(new double[] {tx, ty});
    }

    @Override
    public void restore() {
        double[] s = stack.remove(stack.size() - 1);
        tx = s[0];
        ty = s[1];
    }

    @Override
    public void translate(double dx, double dy) {
        tx += dx;
        ty += dy;
    }

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
        return text.length() * CHAR_WIDTH;
    }

    @Override
    public double ascent() {
        return 8;
    }
}
