package org.parley.render.graph;

import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.TextAnchor;

import java.util.ArrayList;
import java.util.List;

/** A painter that draws nothing and remembers ovals and texts, with a fixed-width font. */
final class RecordingPainter implements Painter {

    record Oval(double cx, double cy, double r, boolean filled, Rgba colour, double lineWidth) {
    }

    record Text(String text, double x, double y, Rgba colour) {
    }

    final List<Oval> ovals = new ArrayList<>();
    final List<Text> texts = new ArrayList<>();
    private Rgba fill = new Rgba(0, 0, 0, 1);
    private Rgba stroke = new Rgba(0, 0, 0, 1);
    private double lineWidth = 1;

    @Override public void save() { }
    @Override public void restore() { }
    @Override public void translate(double dx, double dy) { }
    @Override public void scale(double sx, double sy) { }
    @Override public void clipRect(double x, double y, double w, double h) { }
    @Override public void setFill(Rgba colour) { fill = colour; }
    @Override public void setStroke(Rgba colour) { stroke = colour; }
    @Override public void setLineWidth(double width) { lineWidth = width; }
    @Override public void setLineDash(double... dashes) { }
    @Override public void setFont(FontSpec font) { }
    @Override public void fillRect(double x, double y, double w, double h) { }
    @Override public void strokeRect(double x, double y, double w, double h) { }
    @Override public void fillRoundRect(double x, double y, double w, double h, double arc) { }
    @Override public void strokeRoundRect(double x, double y, double w, double h, double arc) { }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        ovals.add(new Oval(x + w / 2, y + h / 2, w / 2, true, fill, lineWidth));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        ovals.add(new Oval(x + w / 2, y + h / 2, w / 2, false, stroke, lineWidth));
    }

    @Override public void strokeLine(double x1, double y1, double x2, double y2) { }
    @Override public void fillPolygon(double[] xs, double[] ys, int n) { }
    @Override public void strokePolygon(double[] xs, double[] ys, int n) { }
    @Override public void strokePolyline(double[] xs, double[] ys, int n) { }
    @Override public void fillRings(double[] coords, int[] ringStarts, int pointCount) { }
    @Override public void strokeRings(double[] coords, int[] ringStarts, int pointCount) { }

    @Override
    public void fillText(String text, double x, double y, TextAnchor anchor) {
        texts.add(new Text(text, x, y, fill));
    }

    @Override
    public double textWidth(String text) {
        return 6.5 * text.length();
    }

    @Override
    public double ascent() {
        return 8;
    }
}
