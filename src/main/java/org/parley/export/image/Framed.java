package org.parley.export.image;

import org.parley.render.Painter;
import org.parley.render.Theme;

/** A picture with a title row above it and the credit line below, for views that draw neither. */
record Framed(Picture body, String title, String credit) implements Picture {

    @Override
    public double width() {
        return body.width();
    }

    @Override
    public double height() {
        return (title == null ? 0 : Strips.TITLE_HEIGHT) + body.height() + Strips.CREDIT_HEIGHT;
    }

    @Override
    public Theme theme() {
        return body.theme();
    }

    @Override
    public void paint(Painter p) {
        double y = 0;
        if (title != null) {
            Strips.title(p, theme(), title, 0, width());
            y = Strips.TITLE_HEIGHT;
        }
        p.save();
        p.translate(0, y);
        body.paint(p);
        p.restore();
        Strips.credit(p, theme(), credit, y + body.height(), width());
    }
}
