package org.parley.ui.present;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;

/**
 * The size of the slides' window when the show is out of full screen (F11, or a window manager's
 * doing). A fixed 1280 × 720 scene plus its title bar was taller than a 720-px projector: the window
 * manager moved it up and shortened it, JavaFX kept laying the slide out for 720 px, and the bottom
 * of the timeline strip was cut off. It is now the largest 16:9 box, at most 1280 × 720, that fits the
 * screen's free area with room for the window's frame.
 */
final class WindowedSlides {

    /** The most the slides take in a window: full screen gives them more. */
    static final double MAX_WIDTH = 1280;
    static final double MAX_HEIGHT = 720;
    /** Room left for a title bar and borders (openbox's are about 25 px; others' up to 40). */
    static final double FRAME = 48;
    /** The smallest box the slides are given, however small the screen. */
    private static final double LEAST_HEIGHT = 360;

    private WindowedSlides() {
    }

    /** The scene's size on a screen whose free area (less panels and docks) is {@code visual}. */
    static Dimension2D within(Rectangle2D visual) {
        double height = Math.min(MAX_HEIGHT, Math.min(visual.getHeight() - FRAME, (visual.getWidth() - FRAME) * 9 / 16));
        height = Math.floor(Math.max(LEAST_HEIGHT, height));
        return new Dimension2D(Math.floor(height * 16 / 9), height);
    }
}
