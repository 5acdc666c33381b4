package org.parley.render;

/** Something laid out at a fixed size in logical pixels, such as a scene ready to paint. */
public interface Sized {

    double width();

    double height();
}
