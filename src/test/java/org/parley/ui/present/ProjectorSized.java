package org.parley.ui.present;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.parley.ui.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A presentation opened as a class sees it on a 1280×720 projector, out of full screen so the test controls the size. */
final class ProjectorSized {

    private ProjectorSized() {
    }

    static Stage present(FxRobot robot, Window owner, ExplorerState state, PresentationOptions options) {
        return present(robot, owner, state, options, 1280, 720);
    }

    /** As a class sees it on a projector of {@code width} × {@code height} (1024×768 is the 4:3 one). */
    static Stage present(FxRobot robot, Window owner, ExplorerState state, PresentationOptions options,
            double width, double height) {
        Stage[] shown = new Stage[1];
        shown[0] = Presenting.start(robot, owner, state, false, options);
        if (shown[0] == null) {
            return null;
        }
        robot.interact(() -> {
            shown[0].setFullScreen(false);
            shown[0].setWidth(width);
            shown[0].setHeight(height);
            shown[0].requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return shown[0];
    }
}
