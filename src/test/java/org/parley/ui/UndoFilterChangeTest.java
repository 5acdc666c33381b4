package org.parley.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A filter thrown away by one click (Clear all filters) comes back with Ctrl+Z, and goes again with
 * Ctrl+Shift+Z; the filter pane shows each. Before, nothing took a filter change back.
 */
@ExtendWith(FxThreadRobot.class)
class UndoFilterChangeTest {

    private ExplorerWindow w;

    @Start
    void start(Stage primary) throws Exception {
        w = ExplorerWindow.open(new Stage(), ExplorerWindow.week(), 1260, 720);
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void ctrlZBringsBackTheFiltersClearedAndCtrlShiftZClearsThemAgain(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        // A filter built earlier, in whatever way.
        EventFilter built = EventFilter.NONE.withKinds(Set.of(EventKind.MEETING));
        robot.interact(() -> w.state.filterProperty().set(built));
        int shown = w.state.visibleEventsProperty().get().size();

        robot.clickOn("#clear-filters");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EventFilter.NONE, w.state.filterProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(built, w.state.filterProperty().get(), "Ctrl+Z brings back the filter cleared");
        assertEquals(shown, w.state.visibleEventsProperty().get().size());
        assertEquals(List.of("Kind: Meeting"), chips(robot), "the filter pane shows it again");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EventFilter.NONE, w.state.filterProperty().get(), "Ctrl+Shift+Z clears it again");
        assertEquals(List.of(), chips(robot));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EventFilter.NONE, w.state.filterProperty().get(), "back to where the session began");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EventFilter.NONE, w.state.filterProperty().get(), "and no further: nothing more to take back");
    }

    /**
     * A paper chosen in the filters hides the event being read, which is let go of; Ctrl+Z brings back
     * both the filter and the event, so the detail and the source reader are where they were.
     */
    @Test
    void ctrlZBringsBackTheEventTheFilterHid(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        // Reported by The New York Times alone.
        String read = "geneva-ryabkov-warning";
        robot.interact(() -> w.state.selectedEventProperty().set(read));

        robot.clickOn("#source-filter");
        robot.clickOn("Reported by The Washington Post");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, w.state.selectedEventProperty().get(), "the paper's filter hides it");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EventFilter.NONE, w.state.filterProperty().get());
        assertEquals(read, w.state.selectedEventProperty().get(), "Ctrl+Z brings the event back with the filter");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, w.state.selectedEventProperty().get(), "Ctrl+Shift+Z hides it again");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(read, w.state.selectedEventProperty().get(), "and Ctrl+Z brings it back again");
    }

    /** An event chosen after the filter changed is the one kept when the filter is taken back. */
    @Test
    void ctrlZKeepsAnEventChosenSince(FxRobot robot) {
        robot.interact(() -> w.state.selectedEventProperty().set("geneva-ryabkov-warning"));
        robot.interact(() -> w.state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING))));
        String chosen = w.state.visibleEventsProperty().get().get(0).id();
        robot.interact(() -> w.state.selectedEventProperty().set(chosen));
        robot.interact(() -> w.state.filterHistory().undo());
        assertEquals(chosen, w.state.selectedEventProperty().get());
    }

    /** In the search box Ctrl+Z is the box's own: it takes back typing, never a filter. */
    @Test
    void ctrlZInTheSearchBoxLeavesTheFiltersAlone(FxRobot robot) {
        robot.interact(() -> w.state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING))));
        robot.clickOn("#search-field");
        robot.write("Sherman");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(EventKind.MEETING), w.state.filterProperty().get().kinds());
        assertFalse("Sherman".equals(robot.lookup("#search-field").queryAs(TextField.class).getText()),
                "the typing is what was taken back");
    }

    /** Another dataset starts afresh: the week's filters name actors and places it does not have. */
    @Test
    void anotherDatasetHasNothingToTakeBack(FxRobot robot) {
        robot.interact(() -> w.state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING))));
        assertTrue(w.state.filterHistory().canUndoProperty().get());
        robot.interact(() -> {
            w.state.datasetProperty().set(null);
            w.state.datasetProperty().set(w.data);
        });
        assertFalse(w.state.filterHistory().canUndoProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EventFilter.NONE, w.state.filterProperty().get());
    }

    private static List<String> chips(FxRobot robot) {
        return robot.from(robot.lookup("#filter-chips").queryAs(Node.class)).lookup(".chip").queryAllAs(Button.class)
                .stream().map(Button::getText).toList();
    }
}
