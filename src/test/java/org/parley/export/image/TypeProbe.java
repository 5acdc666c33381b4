package org.parley.export.image;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.TextAnchor;
import org.parley.render.awt.Java2DPainter;

/**
 * A Java2D painter that also notes every text with the size it ends up on the page (its font size
 * times the scale in force), and counts filled dots — for checks on a slide's least type size.
 */
final class TypeProbe implements Painter {

    record Text(String text, double size) {
    }

    final List<Text> texts = new ArrayList<>();
    int ovals;
    private final Java2DPainter inner;
    private final Deque<double[]> saved = new ArrayDeque<>();
    private double scale = 1;
    private double fontSize = 12;

    TypeProbe(int width, int height) {
        inner = new Java2DPainter(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB).createGraphics());
    }

    double smallest() {
        return texts.stream().mapToDouble(Text::size).min().orElse(Double.NaN);
    }

    @Override
    public void save() {
        saved.push(new double[] {scale, fontSize});
        inner.save();
    }

    @Override
    public void restore() {
        double[] s = saved.pop();
        scale = s[0];
        fontSize = s[1];
        inner.restore();
    }

    @Override
    public void translate(double dx, double dy) {
        inner.translate(dx, dy);
    }

    @Override
    public void scale(double sx, double sy) {
        scale *= Math.min(sx, sy);
        inner.scale(sx, sy);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        inner.clipRect(x, y, w, h);
    }

    @Override
    public void setFill(Rgba colour) {
        inner.setFill(colour);
    }

    @Override
    public void setStroke(Rgba colour) {
        inner.setStroke(colour);
    }

    @Override
    public void setLineWidth(double width) {
        inner.setLineWidth(width);
    }

    @Override
    public void setLineDash(double... dashes) {
        inner.setLineDash(dashes);
    }

    @Override
    public void setFont(FontSpec font) {
        fontSize = font.size();
        inner.setFont(font);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        inner.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        inner.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        inner.fillRoundRect(x, y, w, h, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        inner.strokeRoundRect(x, y, w, h, arc);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        ovals++;
        inner.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        inner.strokeOval(x, y, w, h);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        inner.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        inner.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        inner.strokePolygon(xs, ys, n);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        inner.strokePolyline(xs, ys, n);
    }

    @Override
    public void fillRings(double[] coords, int[] ringStarts, int pointCount) {
        inner.fillRings(coords, ringStarts, pointCount);
    }

    @Override
    public void strokeRings(double[] coords, int[] ringStarts, int pointCount) {
        inner.strokeRings(coords, ringStarts, pointCount);
    }

    @Override
    public void fillText(String text, double x, double y, TextAnchor anchor) {
        texts.add(new Text(text, fontSize * scale));
        inner.fillText(text, x, y, anchor);
    }

    @Override
    public double textWidth(String text) {
        return inner.textWidth(text);
    }

    @Override
    public double ascent() {
        return inner.ascent();
    }
}
