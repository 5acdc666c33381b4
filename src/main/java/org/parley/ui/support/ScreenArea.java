package org.parley.ui.support;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/** The visible area (without panels and docks) of the screen a window stands on. */
public final class ScreenArea {
    private ScreenArea() {
    }

    /** Of the screen {@code window} is mostly on; the primary one for none, or one not placed yet. */
    public static Rectangle2D of(Window window) {
        if (window == null) {
            return Screen.getPrimary().getVisualBounds();
        }
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(),
                Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }
}
