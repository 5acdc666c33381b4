package org.parley.render.awt;

import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;

/** {@link Painter} on a Java2D {@code Graphics2D}: PNG via BufferedImage, SVG via JFreeSVG, PDF via PDFBox. */
public final class Java2DPainter implements Painter {

    private record State(AffineTransform transform, Shape clip, Color fill, Color stroke, float lineWidth,
                         float[] dashes, Font font) {
    }

    /**
     * Puts a line of text at its anchor. The default shifts it by its measured width; a backend whose
     * readers lay text out themselves (SVG) states the anchor instead, so their fonts line up too.
     */
    @FunctionalInterface
    public interface TextPlacer {
        void draw(Graphics2D g, String text, double x, double y, TextAnchor anchor, double measuredWidth);

        TextPlacer MEASURED = (g, text, x, y, anchor, w) -> {
            double dx = switch (anchor) {
                case START -> 0;
                case MIDDLE -> -w / 2;
                case END -> -w;
            };
            g.drawString(text, (float) (x + dx), (float) y);
        };
    }

    /** Groups what draws one event, for backends that can say so (SVG); the default does nothing. */
    public interface ItemMarker {
        void begin(Graphics2D g, String eventId);

        void end(Graphics2D g);

        ItemMarker NONE = new ItemMarker() {
            @Override
            public void begin(Graphics2D g, String eventId) {
            }

            @Override
            public void end(Graphics2D g) {
            }
        };
    }

    private final Graphics2D g;
    private final TextPlacer placer;
    private final ItemMarker marker;
    private final Deque<State> saved = new ArrayDeque<>();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private float lineWidth = 1;
    private float[] dashes;

    public Java2DPainter(Graphics2D g) {
        this(g, TextPlacer.MEASURED);
    }

    /** A painter that draws nowhere, for measuring text before a figure is laid out. */
    public static Java2DPainter measuring() {
        return new Java2DPainter(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics());
    }

    public Java2DPainter(Graphics2D g, TextPlacer placer) {
        this(g, placer, ItemMarker.NONE);
    }

    public Java2DPainter(Graphics2D g, TextPlacer placer, ItemMarker marker) {
        this.g = g;
        this.placer = placer;
        this.marker = marker;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        setFont(FontSpec.sans(12));
        applyStroke();
    }

    private static Color awt(Rgba c) {
        return new Color((float) c.r(), (float) c.g(), (float) c.b(), (float) c.a());
    }

    @Override
    public void save() {
        saved.push(new State(g.getTransform(), g.getClip(), fill, stroke, lineWidth, dashes, g.getFont()));
    }

    @Override
    public void restore() {
        State s = saved.pop();
        g.setTransform(s.transform());
        g.setClip(s.clip());
        fill = s.fill();
        stroke = s.stroke();
        lineWidth = s.lineWidth();
        dashes = s.dashes();
        g.setFont(s.font());
        applyStroke();
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void scale(double sx, double sy) {
        g.scale(sx, sy);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void setFill(Rgba colour) {
        fill = awt(colour);
    }

    @Override
    public void setStroke(Rgba colour) {
        stroke = awt(colour);
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = (float) width;
        applyStroke();
    }

    @Override
    public void setLineDash(double... d) {
        if (d == null || d.length == 0) {
            dashes = null;
        } else {
            dashes = new float[d.length];
            for (int i = 0; i < d.length; i++) {
                dashes[i] = (float) d[i];
            }
        }
        applyStroke();
    }

    private void applyStroke() {
        g.setStroke(new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f));
    }

    @Override
    public void setFont(FontSpec font) {
        g.setFont(new Font(font.family(), font.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) font.size()));
    }

    private void fill(Shape s) {
        g.setColor(fill);
        g.fill(s);
    }

    private void draw(Shape s) {
        g.setColor(stroke);
        g.draw(s);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        fill(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        draw(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        draw(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    private static Path2D.Double polyline(double[] xs, double[] ys, int n, boolean close) {
        Path2D.Double p = new Path2D.Double();
        if (n > 0) {
            p.moveTo(xs[0], ys[0]);
            for (int i = 1; i < n; i++) {
                p.lineTo(xs[i], ys[i]);
            }
            if (close) {
                p.closePath();
            }
        }
        return p;
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        fill(polyline(xs, ys, n, true));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        draw(polyline(xs, ys, n, true));
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        draw(polyline(xs, ys, n, false));
    }

    private static Path2D.Double rings(double[] coords, int[] ringStarts, int pointCount) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int r = 0; r < ringStarts.length; r++) {
            int from = ringStarts[r];
            int to = r + 1 < ringStarts.length ? ringStarts[r + 1] : pointCount;
            if (to - from < 2) {
                continue;
            }
            p.moveTo(coords[2 * from], coords[2 * from + 1]);
            for (int i = from + 1; i < to; i++) {
                p.lineTo(coords[2 * i], coords[2 * i + 1]);
            }
            p.closePath();
        }
        return p;
    }

    @Override
    public void fillRings(double[] coords, int[] ringStarts, int pointCount) {
        fill(rings(coords, ringStarts, pointCount));
    }

    @Override
    public void strokeRings(double[] coords, int[] ringStarts, int pointCount) {
        draw(rings(coords, ringStarts, pointCount));
    }

    @Override
    public void fillText(String text, double x, double y, TextAnchor anchor) {
        g.setColor(fill);
        Font own = g.getFont();
        Font face = faceFor(own, text);
        g.setFont(face);
        placer.draw(g, text, x, y, anchor, anchor == TextAnchor.START ? 0 : textWidth(text));
        g.setFont(own);
    }

    @Override
    public double textWidth(String text) {
        return g.getFontMetrics(faceFor(g.getFont(), text)).getStringBounds(text, g).getWidth();
    }

    /**
     * {@code own}, or where it lacks a character of {@code text} (DejaVu Sans has no Chinese,
     * Japanese, Korean or Thai) the system's composite sans-serif at the same size and weight,
     * which takes each character from a font that has it: a title in Japanese came out as boxes.
     * A PDF then draws that text as shapes, as it does any font it does not embed.
     */
    static Font faceFor(Font own, String text) {
        if (own.canDisplayUpTo(text) < 0) {
            return own;
        }
        return new Font(Font.SANS_SERIF, own.getStyle(), 1).deriveFont(own.getSize2D());
    }

    @Override
    public void beginItem(String eventId) {
        marker.begin(g, eventId);
    }

    @Override
    public void endItem() {
        marker.end(g);
    }

    @Override
    public double ascent() {
        return g.getFont().getSize2D() * 0.72;
    }
}
