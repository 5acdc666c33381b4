package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.parley.ui.support.FxThreadRobot;

/** The window's first, throw-away layout must not decide where the dividers end up. */
@ExtendWith(FxThreadRobot.class)
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

    /**
     * Dragged by the user, then squeezed by a small window to the panes' minimums and grown again
     * (un-maximised, maximised): the divider goes back to where the user put it.
     */
    @Test
    void whereTheUserPutsADividerSurvivesTheWindowShrinkingAndGrowing(FxRobot robot) {
        robot.interact(() -> {
            stage.setHeight(500);
            // On Monocle's screen, where the pointer can reach the divider.
            stage.setX(0);
            stage.setY(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node divider = robot.from(split).lookup(".split-pane-divider").query();
        double dy = split.getHeight() * (0.3 - split.getDividerPositions()[0]);
        robot.drag(divider, MouseButton.PRIMARY).moveBy(0, dy / 2).moveBy(0, dy / 2).release(
                MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double chosen = split.getDividerPositions()[0];
        assertEquals(0.3, chosen, 0.05, "dragged");

        robot.interact(() -> stage.setHeight(230));
        WaitForAsyncUtils.waitForFxEvents();
        Assertions.assertTrue(split.getDividerPositions()[0] > chosen + 0.05,
                "the top pane keeps its minimum in the small window: " + split.getDividerPositions()[0]);
        robot.interact(() -> stage.setHeight(500));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(chosen, split.getDividerPositions()[0], 0.01);
    }

    @Test
    void theChosenFractionSurvivesTheWindowBeingSizedAfterItsFirstLayout(FxRobot robot) {
        robot.interact(() -> stage.setHeight(500));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.6, split.getDividerPositions()[0], 0.02);
    }
}
