package org.parley.ui.present;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs an action once a scene's first frame is on its way to the screen: just after the pulse that
 * laid the scene out, not within it, so the action's work does not hold that frame back.
 */
final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    /** Runs {@code action} on the JavaFX thread after the first pulse of {@code scene} shown in a window. */
    static void run(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean ran;

            @Override
            public void run() {
                if (ran) {
                    return;
                }
                ran = true;
                // Taken off after the pulse: the scene is still going through its listeners now.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(this);
                    action.run();
                });
            }
        });
    }
}
