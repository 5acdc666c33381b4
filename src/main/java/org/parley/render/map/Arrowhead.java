package org.parley.render.map;

import org.parley.render.Painter;

/** A filled triangle whose tip is at (x, y), pointing along {@code angle} (radians, screen y down). */
final class Arrowhead {

    private Arrowhead() {
    }

    static void fill(Painter painter, double x, double y, double angle, double size) {
        double back = angle + Math.PI;
        double spread = Math.toRadians(24);
        double[] xs = {x, x + size * Math.cos(back - spread), x + size * Math.cos(back + spread)};
        double[] ys = {y, y + size * Math.sin(back - spread), y + size * Math.sin(back + spread)};
        painter.fillPolygon(xs, ys, 3);
    }
}
