package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's first, throw-away layout must not decide where the dividers end up. */
@ExtendWith(ApplicationExtension.class)
class DividerHoldTest {

    private Stage stage;
    private SplitPane split;

    @Start
    void start(Stage primary) {
        Region top = new Region();
        top.setMinHeight(100);
        Region bottom = new Region();
        bottom.setMinHeight(100);
        split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        stage = new Stage();
        // Laid out tall first, as a window is at its content's preferred size before the window manager sizes it.
        stage.setScene(new Scene(split, 400, 1500));
        DividerHold.keep(split, new double[] {0.6});
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void theChosenFractionSurvivesTheWindowBeingSizedAfterItsFirstLayout(FxRobot robot) {
        robot.interact(() -> stage.setHeight(500));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.6, split.getDividerPositions()[0], 0.02);
    }
}
