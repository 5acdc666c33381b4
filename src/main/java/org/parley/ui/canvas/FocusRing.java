package org.parley.ui.canvas;

import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;

/**
 * What a focused canvas view draws on top of its picture: a ring inside its border, since a CSS
 * focus border would lie under the canvas. Also the one-line message a view shows while its scene
 * is being computed.
 */
public final class FocusRing {

    private static final double WIDTH = 2;

    private FocusRing() {
    }

    public static void paint(Painter p, double w, double h, Theme theme) {
        p.save();
        p.setStroke(theme.selection());
        p.setLineWidth(WIDTH);
        p.strokeRect(WIDTH / 2, WIDTH / 2, w - WIDTH, h - WIDTH);
        p.restore();
    }

    public static void message(Painter p, double w, double h, String text, Theme theme) {
        p.save();
        p.setFill(theme.background());
        p.fillRect(0, 0, w, h);
        p.setFont(FontSpec.sans(12));
        p.setFill(theme.mutedText());
        p.fillText(text, w / 2, h / 2, TextAnchor.MIDDLE);
        p.restore();
    }
}
