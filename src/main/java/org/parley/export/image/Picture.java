package org.parley.export.image;

import org.parley.render.Painter;
import org.parley.render.Theme;

import java.util.List;

/**
 * A laid-out image in logical pixels, ready to paint on any backend. Building it does the layout
 * once; each writer then only scales and paints.
 */
interface Picture {

    double width();

    double height();

    Theme theme();

    /** Paints the whole picture with its top-left corner at the painter's origin. */
    void paint(Painter painter);

    /**
     * The picture cut into pages no taller than {@code pageHeight}, each a picture of its own; a
     * picture that cannot be cut is one page, whatever its height.
     */
    default List<Picture> pages(double pageHeight) {
        return List.of(this);
    }

    /**
     * The top {@code height} of the picture, drawing only what falls there, for a preview of a picture
     * many screens tall; a picture that cannot be cut is itself, whatever its height.
     */
    default Picture top(double height) {
        return this;
    }
}
