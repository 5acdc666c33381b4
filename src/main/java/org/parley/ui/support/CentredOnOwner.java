package org.parley.ui.support;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Places a window of Parley's own, used as a dialog, over the window that opened it, as JavaFX places
 * its {@code Dialog}s. A {@code Stage} is centred on the screen instead: with the main window
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
        // Where every dialog of Parley's stands on its owner (WindowSizeFix): across its middle, a third down.
        Point2D at = WindowSizeFix.onOwner(new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight()), width, height, ScreenArea.of(owner));
        stage.setX(at.getX());
        stage.setY(at.getY());
    }
}
