package org.parley.ui;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keys held with Super are the window manager's (tiling a window with Super+arrows): Super+Right moved the
 * timeline's selection to the next event as the window was tiled, and the Detail pane changed under the user.
 */
@ExtendWith(ApplicationExtension.class)
class SuperKeysTest {

    private Stage stage;
    private Dataset data;

    @Start
    void start(Stage primary) throws Exception {
        this.stage = new Stage();
        this.data = ExplorerWindow.week();
    }

    @Test
    void superWithAnArrowLeavesTheTimelinesSelectionWherePlainArrowsMoveIt(FxRobot robot) {
        ExplorerWindow[] w = new ExplorerWindow[1];
        robot.interact(() -> w[0] = ExplorerWindow.open(stage, data, 1280, 720));
        List<Event> order = data.eventsInNarrativeOrder();
        robot.interact(() -> w[0].state.selectedEventProperty().set(order.get(10).id()));
        robot.press(KeyCode.ALT).press(KeyCode.DIGIT1).release(KeyCode.DIGIT1).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(w[0].window.timeline().isFocused(), "Alt+1 focuses the timeline");

        robot.press(KeyCode.WINDOWS).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.WINDOWS);
        robot.press(KeyCode.WINDOWS).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.WINDOWS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(order.get(10).id(), w[0].state.selectedEventProperty().get(), "Super+arrows are left alone");

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!order.get(10).id().equals(w[0].state.selectedEventProperty().get()), "a plain arrow still moves");
        robot.interact(stage::close);
    }
}
