package org.parley.ui.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.TextAnchor;

import java.util.HashMap;
import java.util.Map;

/** {@link Painter} on a JavaFX canvas: the screen backend of the shared painters. */
public final class FxPainter implements Painter {

    private final GraphicsContext gc;
    private final Text measurer = new Text();
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private Font font;
    // The colour last set, as the same Color object: the canvas records a paint change only when the
    // object differs, and a frame sets the same colour for item after item.
    private Rgba fillRgba;
    private Color fillColor;
    private Rgba strokeRgba;
    private Color strokeColor;

    public FxPainter(GraphicsContext gc) {
        this.gc = gc;
        gc.setTextBaseline(VPos.BASELINE);
        gc.setFillRule(FillRule.EVEN_ODD);
        setFont(FontSpec.sans(12));
    }

    private static Color fx(Rgba c) {
        return new Color(c.r(), c.g(), c.b(), c.a());
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
        font = gc.getFont();
        measurer.setFont(font);
    }

    @Override
    public void translate(double dx, double dy) {
        gc.translate(dx, dy);
    }

    @Override
    public void scale(double sx, double sy) {
        gc.scale(sx, sy);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        gc.beginPath();
        gc.rect(x, y, w, h);
        gc.clip();
        gc.beginPath();
    }

    @Override
    public void setFill(Rgba colour) {
        if (!colour.equals(fillRgba)) {
            fillRgba = colour;
            fillColor = fx(colour);
        }
        gc.setFill(fillColor);
    }

    @Override
    public void setStroke(Rgba colour) {
        if (!colour.equals(strokeRgba)) {
            strokeRgba = colour;
            strokeColor = fx(colour);
        }
        gc.setStroke(strokeColor);
    }

    @Override
    public void setLineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setLineDash(double... dashes) {
        gc.setLineDashes(dashes == null || dashes.length == 0 ? null : dashes);
    }

    @Override
    public void setFont(FontSpec spec) {
        font = fonts.computeIfAbsent(spec,
                s -> Font.font(s.family(), s.bold() ? FontWeight.BOLD : FontWeight.NORMAL, s.size()));
        gc.setFont(font);
        measurer.setFont(font);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        gc.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        gc.strokeRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        gc.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        gc.strokeOval(x, y, w, h);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        gc.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        gc.strokePolygon(xs, ys, n);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        gc.strokePolyline(xs, ys, n);
    }

    private void tracePath(double[] coords, int[] ringStarts, int pointCount) {
        gc.beginPath();
        for (int r = 0; r < ringStarts.length; r++) {
            int from = ringStarts[r];
            int to = r + 1 < ringStarts.length ? ringStarts[r + 1] : pointCount;
            if (to - from < 2) {
                continue;
            }
            gc.moveTo(coords[2 * from], coords[2 * from + 1]);
            for (int i = from + 1; i < to; i++) {
                gc.lineTo(coords[2 * i], coords[2 * i + 1]);
            }
            gc.closePath();
        }
    }

    @Override
    public void fillRings(double[] coords, int[] ringStarts, int pointCount) {
        tracePath(coords, ringStarts, pointCount);
        gc.fill();
    }

    @Override
    public void strokeRings(double[] coords, int[] ringStarts, int pointCount) {
        tracePath(coords, ringStarts, pointCount);
        gc.stroke();
    }

    @Override
    public void fillText(String text, double x, double y, TextAnchor anchor) {
        gc.setTextAlign(switch (anchor) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        gc.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text) {
        return TextWidths.of(measurer, font, text);
    }

    @Override
    public double ascent() {
        return font.getSize() * 0.72;
    }
}
