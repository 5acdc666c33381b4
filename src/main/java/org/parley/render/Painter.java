package org.parley.render;

/**
 * The few drawing operations Parley's painters need, so one painter draws the same picture on the
 * JavaFX canvas (screen) and on Java2D (PNG, SVG, PDF export). Coordinates are in logical pixels;
 * a backend scales for its device. State (colours, line width, font, transform, clip) is saved
 * and restored with {@link #save()} / {@link #restore()}.
 */
public interface Painter {

    void save();

    void restore();

    void translate(double dx, double dy);

    void scale(double sx, double sy);

    /** Intersects the clip with a rectangle. */
    void clipRect(double x, double y, double w, double h);

    void setFill(Rgba colour);

    void setStroke(Rgba colour);

    void setLineWidth(double width);

    /** Dashes in px; no arguments for a solid line. */
    void setLineDash(double... dashes);

    void setFont(FontSpec font);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arc);

    void strokeRoundRect(double x, double y, double w, double h, double arc);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void strokeLine(double x1, double y1, double x2, double y2);

    /** Fills a closed polygon of {@code n} points. */
    void fillPolygon(double[] xs, double[] ys, int n);

    void strokePolygon(double[] xs, double[] ys, int n);

    void strokePolyline(double[] xs, double[] ys, int n);

    /**
     * Fills a path made of several closed rings (even-odd), given as flat x,y pairs in
     * {@code coords} with ring {@code i} spanning points {@code ringStarts[i]} to
     * {@code ringStarts[i + 1]} (or {@code pointCount}). Maps draw countries with holes this way.
     */
    void fillRings(double[] coords, int[] ringStarts, int pointCount);

    void strokeRings(double[] coords, int[] ringStarts, int pointCount);

    /** Draws text on its baseline at (x, y), kept as text by vector backends. */
    void fillText(String text, double x, double y, TextAnchor anchor);

    /** Width of {@code text} in the current font, in px. */
    double textWidth(String text);

    /** {@code text} in the current font, cut at a word (or a character, for one long word) with an ellipsis to fit {@code room}. */
    default String fitted(String text, double room) {
        if (textWidth(text) <= room) {
            return text;
        }
        int n = text.length();
        while (n > 1 && textWidth(text.substring(0, n).strip() + "\u2026") > room) {
            int space = text.lastIndexOf(' ', n - 1);
            n = space > n / 2 ? space : n - 1;
        }
        return text.substring(0, n).strip() + "\u2026";
    }

    /** Distance from baseline to the top of the current font's capital letters, in px. */
    double ascent();

    /**
     * What follows, up to {@link #endItem()}, draws event {@code eventId}: a vector backend may
     * group it so a web page can link the mark to the event's text. Pairs never nest. Screen and
     * bitmap backends ignore it.
     */
    default void beginItem(String eventId) {
    }

    default void endItem() {
    }
}
