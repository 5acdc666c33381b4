package org.parley.render.map;

import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ScreenPoint;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;

/**
 * The basemap draws Crimea as part of Ukraine, as the UN does; a reader of a map about January 2022
 * also needs to see that Russia had annexed it. A dashed outline and a label say so without
 * redrawing a border. The outline is hand-traced and coarse (about 20 km): a reminder, not a border.
 */
final class CrimeaNote {

    static final String LABEL = "Crimea (annexed by Russia, 2014)";
    static final double LABEL_LON = 34.4;
    static final double LABEL_LAT = 45.3;

    // lon, lat pairs clockwise from the Tarkhankut peninsula.
    private static final double[] OUTLINE = {
        32.48, 45.38, 32.95, 45.78, 33.62, 46.15, 34.05, 46.05, 34.60, 45.98, 35.10, 45.65,
        35.40, 45.35, 35.85, 45.45, 36.25, 45.47, 36.62, 45.40, 36.42, 45.10, 35.85, 45.05,
        35.38, 45.02, 35.00, 44.80, 34.40, 44.55, 33.90, 44.40, 33.37, 44.55, 33.55, 44.85,
        33.38, 45.20, 32.80, 45.33,
    };

    private CrimeaNote() {
    }

    static void paint(Painter painter, MapViewport viewport, Theme theme) {
        int n = OUTLINE.length / 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            ScreenPoint p = viewport.project(OUTLINE[2 * i], OUTLINE[2 * i + 1]);
            xs[i] = p.x();
            ys[i] = p.y();
        }
        ScreenPoint anchor = viewport.project(LABEL_LON, LABEL_LAT);
        if (!viewport.containsScreen(anchor.x(), anchor.y())) {
            return;
        }
        painter.save();
        painter.setStroke(theme.text().withAlpha(0.75));
        painter.setLineWidth(1.2);
        painter.setLineDash(4, 3);
        painter.strokePolygon(xs, ys, n);
        painter.setLineDash();

        // Below the peninsula, over the Black Sea, where the label hides no land.
        ScreenPoint south = viewport.project(LABEL_LON, 44.3);
        painter.setFont(FontSpec.sans(10));
        double y = Math.max(anchor.y() + 12, south.y() + painter.ascent() + 6);
        painter.setFill(theme.text().withAlpha(0.85));
        painter.fillText(LABEL, anchor.x(), y, TextAnchor.MIDDLE);
        painter.restore();
    }
}
