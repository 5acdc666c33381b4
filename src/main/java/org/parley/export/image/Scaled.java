package org.parley.export.image;

import java.util.function.DoubleFunction;
import org.parley.render.Painter;
import org.parley.render.Theme;

/**
 * A picture drawn at a factor: laid out smaller and enlarged, so its type reaches a slide's least
 * size; or, too tall for its slot, laid out wider and shrunk so it fits whole (smaller type beats
 * rows cut off at the bottom).
 */
record Scaled(Picture inner, double factor) implements Picture {

    /**
     * The picture {@code layout} makes at {@code width}, or — when that is taller than
     * {@code maxHeight} — one laid out wider and scaled down to {@code width} and at most {@code maxHeight}.
     */
    static Picture toHeight(DoubleFunction<Picture> layout, double width, double maxHeight) {
        Picture natural = layout.apply(width);
        if (natural.height() <= maxHeight) {
            return natural;
        }
        double factor = maxHeight / natural.height();
        Picture wider = natural;
        // A wider layout is seldom taller, so a pass or two settles the factor.
        for (int pass = 0; pass < 3; pass++) {
            wider = layout.apply(width / factor);
            if (wider.height() * factor <= maxHeight + 0.5) {
                break;
            }
            factor = maxHeight / wider.height();
        }
        return new Scaled(wider, Math.min(width / wider.width(), maxHeight / wider.height()));
    }

    @Override
    public double width() {
        return inner.width() * factor;
    }

    @Override
    public double height() {
        return inner.height() * factor;
    }

    @Override
    public Theme theme() {
        return inner.theme();
    }

    @Override
    public void paint(Painter painter) {
        painter.save();
        painter.scale(factor, factor);
        inner.paint(painter);
        painter.restore();
    }
}
