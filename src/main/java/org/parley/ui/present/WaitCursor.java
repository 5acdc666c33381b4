package org.parley.ui.present;

import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The wait cursor over a window while what it asked for is made on the compute thread (a deck of
 * 100,000 events takes seconds): the window still answers, and a key that seemed to do nothing is
 * not pressed again.
 */
final class WaitCursor {

    private WaitCursor() {
    }

    /** Shows the wait cursor over {@code owner} (none: nothing) and returns what puts its cursor back. */
    static Runnable over(Window owner) {
        Scene scene = owner == null ? null : owner.getScene();
        if (scene == null) {
            return () -> { };
        }
        Cursor before = scene.getCursor();
        scene.setCursor(Cursor.WAIT);
        return () -> scene.setCursor(before);
    }
}
