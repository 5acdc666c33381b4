package org.parley.ui.actors;

import javafx.scene.paint.Color;
import org.parley.render.Rgba;

/** Render colours as JavaFX paints. */
final class FxColours {

    private FxColours() {
    }

    static Color of(Rgba c) {
        return new Color(c.r(), c.g(), c.b(), c.a());
    }
}
