package org.parley.render.map;

import org.parley.layout.map.LonLat;
import org.parley.layout.map.MapViewport;

/**
 * A scale bar's length. The projection is equal-area, not equidistant, so the bar is measured
 * where it is drawn, as a great-circle distance, rather than from metres per pixel.
 *
 * @param km     the round distance the bar stands for
 * @param pixels its length on screen
 */
record ScaleBar(double km, double pixels) {

    private static final double[] STEPS = {1, 2, 5};

    /** The longest round distance (1, 2 or 5 × 10ⁿ km) that fits in {@code maxPx} at (x, y). */
    static ScaleBar at(MapViewport viewport, double x, double y, double maxPx) {
        LonLat a = viewport.unproject(x, y);
        LonLat b = viewport.unproject(x + maxPx, y);
        double kmPerPx = Geo.kilometres(a.lon(), a.lat(), b.lon(), b.lat()) / maxPx;
        double best = 0;
        for (double decade = 0.1; decade <= 100_000; decade *= 10) {
            for (double step : STEPS) {
                double km = step * decade;
                if (km / kmPerPx <= maxPx) {
                    best = km;
                }
            }
        }
        return new ScaleBar(best, best / kmPerPx);
    }

    String label() {
        return km >= 1 ? Math.round(km) + " km" : Math.round(km * 1000) + " m";
    }
}
