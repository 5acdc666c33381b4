package org.parley.render.map;

import java.util.ArrayList;
import java.util.List;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.TextAnchor;

/** A {@link Painter} that draws nothing and remembers what it was asked to draw, with the fill in force. */
final class RecordingPainter implements Painter {

    record Text(String text, double x, double y, Rgba fill) {
    }

    record Rings(int rings, int points, Rgba fill) {
    }

    final List<Text> texts = new ArrayList<>();
    final List<Rings> filledRings = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    private Rgba fill = new Rgba(0, 0, 0, 1);
    private final List<Rgba> savedFills = new ArrayList<>();

    List<String> textStrings() {
        return texts.stream().map(Text::text).toList();
    }

    @Override
    public void save() {
        savedFills.add(fill);
    }

    @Override
    public void restore() {
        fill = savedFills.remove(savedFills.size() - 1);
    }

    @Override
    public void translate(double dx, double dy) {
        calls.add("translate");
    }

    @Override
    public void scale(double sx, double sy) {
        calls.add("scale");
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        calls.add("clipRect");
    }

    @Override
    public void setFill(Rgba colour) {
        fill = colour;
    }

    @Override
    public void setStroke(Rgba colour) {
    }

    @Override
    public void setLineWidth(double width) {
    }

    @Override
    public void setLineDash(double... dashes) {
        calls.add(dashes.length == 0 ? "solid" : "dashed");
    }

    @Override
    public void setFont(FontSpec font) {
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        calls.add("fillRect");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        calls.add("strokeRect");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        calls.add("fillRoundRect");
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        calls.add("strokeRoundRect");
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        calls.add("fillOval");
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        calls.add("strokeOval");
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        calls.add("strokeLine");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        calls.add("fillPolygon");
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        calls.add("strokePolygon");
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        calls.add("strokePolyline");
    }

    @Override
    public void fillRings(double[] coords, int[] ringStarts, int pointCount) {
        filledRings.add(new Rings(ringStarts.length, pointCount, fill));
    }

    @Override
    public void strokeRings(double[] coords, int[] ringStarts, int pointCount) {
        calls.add("strokeRings");
    }

    @Override
    public void fillText(String text, double x, double y, TextAnchor anchor) {
        texts.add(new Text(text, x, y, fill));
    }

    @Override
    public double textWidth(String text) {
        return 7 * text.length();
    }

    @Override
    public double ascent() {
        return 9;
    }
}
