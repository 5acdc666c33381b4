package org.parley.ui.support;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Places a window of Parley's own, used as a dialog, over the middle of the window that opened it, as
 * JavaFX places its {@code Dialog}s. A {@code Stage} is centred on the screen instead: with the main window
 * not maximized, such a dialog opened away from it, even over another program.
 */
public final class CentredOnOwner {

    private CentredOnOwner() {
    }

    /** Before {@code stage} is shown: its scene's size decides where it goes; it keeps its edges on the screen. */
    public static void place(Stage stage) {
        Window owner = stage.getOwner();
        if (owner == null || stage.getScene() == null || stage.isShowing()) {
            return;
        }
        Parent root = stage.getScene().getRoot();
        root.applyCss();
        double width = root.prefWidth(-1);
        double height = root.prefHeight(width);
        Rectangle2D screen = ScreenArea.of(owner);
        stage.setX(within(owner.getX() + (owner.getWidth() - width) / 2, screen.getMinX(), screen.getMaxX() - width));
        stage.setY(within(owner.getY() + (owner.getHeight() - height) / 2, screen.getMinY(), screen.getMaxY() - height));
    }

    private static double within(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
