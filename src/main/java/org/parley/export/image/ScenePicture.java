package org.parley.export.image;

import org.parley.render.Sized;

/** A picture exactly the size of the scene it paints, so figures need not forward the size themselves. */
interface ScenePicture extends Picture {

    Sized scene();

    @Override
    default double width() {
        return scene().width();
    }

    @Override
    default double height() {
        return scene().height();
    }
}
