package org.parley.ui.present;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parley.ui.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Starts a presentation as F5 does and waits, off the JavaFX thread, until its steps are built and its stage shows. */
final class Presenting {

    private Presenting() {
    }

    static Stage start(FxRobot robot, Window owner, ExplorerState state, boolean onlyFiltered, PresentationOptions options) {
        @SuppressWarnings("unchecked")
        CompletableFuture<Stage>[] started = new CompletableFuture[1];
        robot.interact(() -> started[0] = PresentationMode.start(owner, state, onlyFiltered, options));
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, started[0]);
            Stage stage = started[0].get();
            WaitForAsyncUtils.waitForFxEvents();
            return stage;
        } catch (Exception e) {
            throw new AssertionError("the presentation did not open", e);
        }
    }

    static Stage start(FxRobot robot, Window owner, ExplorerState state, boolean onlyFiltered) {
        return start(robot, owner, state, onlyFiltered, PresentationOptions.DEFAULT);
    }

    /**
     * Turns {@code p} on to step {@code number}, the one after the current, as a teacher does with the clicker's Right
     * where its stage {@code shown}. Monocle's screen is smaller than 1366x768 and 1920x1080: there the slide is laid
     * out, not shown, takes no keys, and is turned to the step directly.
     */
    static void next(FxRobot robot, Presentation p, int number, boolean shown) {
        if (shown) {
            robot.type(KeyCode.RIGHT);
        } else {
            robot.interact(() -> {
                p.deck().jumpTo(number);
                p.slide().show(p.deck().current());
            });
        }
    }
}
