package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.render.timeline.TimelineMetrics;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * One panel over the whole work area and back, at a 1366×768 laptop's maximised content size: Ctrl+M
 * enlarges the panel the keyboard is in, a double click on a tab row enlarges its pane, and Esc,
 * Ctrl+M or Restore panels put every divider back where it was, the selection and filter untouched.
 */
@ExtendWith(FxThreadRobot.class)
class EnlargePanelTest {

    private static final double WIDTH = 1366;
    private static final double HEIGHT = 738;

    private Stage stage;
    private ExplorerWindow w;

    @Start
    void start(Stage primary) throws Exception {
        stage = new Stage();
        w = ExplorerWindow.open(stage, ExplorerWindow.week(), WIDTH, HEIGHT);
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private double[][] dividers() {
        SplitPane vertical = (SplitPane) w.window.root().lookup("#timeline-split");
        SplitPane panes = (SplitPane) w.window.root().lookup("#panes");
        return new double[][] {vertical.getDividerPositions(), panes.getDividerPositions()};
    }

    @Test
    void ctrlMEnlargesTheMapAndEscPutsItBackAsItWas(FxRobot robot) {
        robot.interact(() -> {
            w.state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING)));
            w.state.selectedEventProperty().set(w.state.visibleEventsProperty().get().get(0).id());
        });
        settle();
        Object selected = w.state.selectedEventProperty().get();
        EventFilter filter = w.state.filterProperty().get();
        Node map = w.window.map();
        Bounds before = ExplorerWindow.inScene(map);
        double[][] dividers = dividers();

        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        settle();

        Bounds big = ExplorerWindow.inScene(map);
        assertTrue(big.getWidth() >= WIDTH - 10, "the map across the window: " + big + ", was " + before);
        assertTrue(big.getHeight() > 2 * before.getHeight(), "the map down the work area: " + big + ", was " + before);
        assertTrue(map.isFocused(), "the keyboard stays in the map");
        assertTrue(w.window.root().lookup("#status-bar").isVisible(), "the status bar stays");
        assertSame(selected, w.state.selectedEventProperty().get());
        assertEquals(filter, w.state.filterProperty().get());

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();

        assertNull(w.window.enlargedPanel(), "back in its place");
        Bounds after = ExplorerWindow.inScene(map);
        assertEquals(before.getMinX(), after.getMinX(), 0.5);
        assertEquals(before.getMinY(), after.getMinY(), 0.5);
        assertEquals(before.getWidth(), after.getWidth(), 0.5);
        assertEquals(before.getHeight(), after.getHeight(), 0.5);
        assertArrayEquals(dividers[0], dividers()[0], 1e-9);
        assertArrayEquals(dividers[1], dividers()[1], 1e-9);
        assertTrue(map.isFocused(), "the keyboard still in the map");
        assertSame(selected, w.state.selectedEventProperty().get(), "Esc left the selection alone");
    }

    @Test
    void aDoubleClickOnTheRightTabRowEnlargesItsPaneAndRestorePanelsPutsItBack(FxRobot robot) {
        Node right = w.window.root().lookup("#right-tabs");
        Bounds before = ExplorerWindow.inScene(right);
        double[][] dividers = dividers();
        Bounds header = ExplorerWindow.inScene(right.lookup(".tab-header-area"));
        // The row's free end, right of the titles.
        Point2D free = new Point2D(header.getMaxX() - 20, header.getMinY() + header.getHeight() / 2);
        robot.doubleClickOn(stage.getX() + free.getX(), stage.getY() + free.getY(), MouseButton.PRIMARY);
        settle();

        assertSame(right, w.window.enlargedPanel());
        Bounds big = ExplorerWindow.inScene(right);
        assertTrue(big.getWidth() >= WIDTH - 10 && big.getHeight() > before.getHeight() + 200, "enlarged: " + big);
        assertTrue(((Label) w.window.root().lookup("#enlarged-title")).getText().startsWith("Detail"),
                "the bar names the tab shown");

        robot.clickOn("#restore-panels");
        settle();

        assertNull(w.window.enlargedPanel());
        Bounds after = ExplorerWindow.inScene(right);
        assertEquals(before.getWidth(), after.getWidth(), 0.5);
        assertEquals(before.getHeight(), after.getHeight(), 0.5);
        assertArrayEquals(dividers[1], dividers()[1], 1e-9);
    }

    /** Alt+4 puts the keyboard in the actors' search box: an empty box's Esc leaves; a typed one's empties it first. */
    @Test
    void escInTheActorsSearchBoxEmptiesItThenPutsThePanelsBack(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        settle();
        Node focused = stage.getScene().getFocusOwner();
        assertTrue(focused instanceof TextField, "the keyboard in the actors' search: " + focused);
        robot.write("sher");
        settle();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        assertEquals("", ((TextField) focused).getText(), "the first Esc empties the box");
        assertTrue(w.window.enlargedPanel() != null, "and leaves the actors enlarged");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        assertNull(w.window.enlargedPanel(), "the second puts the panels back");
    }

    @Test
    void theButtonAtTheEndOfTheActorsTabRowEnlargesThePane(FxRobot robot) {
        Node left = w.window.root().lookup("#left-tabs");
        Node button = left.getParent().lookup(".enlarge-panel");
        assertTrue(button != null && button.isVisible(), "the button shown at the row's free end");
        Bounds b = ExplorerWindow.inScene(button);
        Bounds row = ExplorerWindow.inScene(left.lookup(".tab-header-area"));
        assertTrue(b.getMaxX() <= row.getMaxX() && b.getMinY() >= row.getMinY() - 0.5 && b.getMaxY() <= row.getMaxY() + 0.5,
                "in the tab row " + row + ": " + b);
        robot.clickOn(button);
        settle();
        assertSame(left, w.window.enlargedPanel());
        assertTrue(ExplorerWindow.inScene(left).getWidth() >= WIDTH - 10);
    }

    @Test
    void altAndADigitForAPanelBehindTheEnlargedOneBringsThePanelsBack(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        settle();
        assertSame(w.window.timeline(), ((Parent) w.window.enlargedPanel()).getChildrenUnmodifiable().get(0));

        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        settle();

        assertNull(w.window.enlargedPanel(), "the map was behind the timeline");
        assertTrue(w.window.map().isFocused(), "and has the keyboard");
    }

    @Test
    void ctrlMAgainPutsTheTimelineBackAndADoubleClickInAPanelsContentDoesNothing(FxRobot robot) {
        Node timeline = w.window.timeline();
        Bounds before = ExplorerWindow.inScene(timeline);
        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        settle();
        assertTrue(ExplorerWindow.inScene(timeline).getHeight() > before.getHeight() + 200, "the timeline enlarged");

        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        settle();
        assertNull(w.window.enlargedPanel());
        assertEquals(before.getHeight(), ExplorerWindow.inScene(timeline).getHeight(), 0.5);

        Node left = w.window.root().lookup("#left-tabs");
        Bounds content = ExplorerWindow.inScene(left.lookup(".tab-content-area"));
        robot.doubleClickOn(stage.getX() + content.getMinX() + 30, stage.getY() + content.getMaxY() - 30,
                MouseButton.PRIMARY);
        settle();
        assertNull(w.window.enlargedPanel(), "a double click in a list is the list's");
    }

    /** F6 walks what is shown: the panes behind an enlarged one had taken the keyboard, or F6 had brought them back. */
    @Test
    void f6AndShiftF6StayInTheEnlargedPanes(FxRobot robot) {
        Node middle = w.window.map().getParent();
        while (middle != null && !(middle instanceof MapAndTable)) {
            middle = middle.getParent();
        }
        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        settle();
        assertSame(middle, w.window.enlargedPanel(), "the map and the events enlarged");
        Set<Node> reached = new HashSet<>();
        for (KeyCode[] keys : new KeyCode[][] {{KeyCode.F6}, {KeyCode.F6}, {KeyCode.F6}, {KeyCode.SHIFT, KeyCode.F6},
                {KeyCode.SHIFT, KeyCode.F6}}) {
            robot.press(keys).release(keys);
            settle();
            assertSame(middle, w.window.enlargedPanel(), "still enlarged after " + Arrays.toString(keys));
            Node focus = stage.getScene().getFocusOwner();
            assertTrue(focus == w.window.map() || focus == w.window.root().lookup("#event-table"),
                    "the keyboard in a pane shown: " + focus);
            reached.add(focus);
        }
        // As tabs the map and the events are one pane: F6 keeps to the tab shown and switches none.
        assertEquals(Set.of(w.window.map()), reached, "F6 stays on the map, the tab shown");
    }

    /** The tab rows had an enlarge button and the timeline none: its own sits above the lane names, clear of marks and days. */
    @Test
    void theButtonAboveTheLaneNamesEnlargesTheTimeline(FxRobot robot) {
        Node timeline = w.window.timeline();
        Button button = (Button) timeline.getParent().getParent().lookup(".enlarge-panel");
        assertTrue(button != null && button.isVisible(), "the timeline's enlarge button shown");
        assertTrue(button.getTooltip().getText().contains("Ctrl+M"), "its tooltip names the key: " + button.getTooltip().getText());
        Bounds b = ExplorerWindow.inScene(button);
        Bounds lanes = ExplorerWindow.inScene(timeline);
        assertTrue(b.getMinX() >= lanes.getMinX() && b.getMaxX() <= lanes.getMinX() + TimelineMetrics.GUTTER
                        && b.getMinY() >= lanes.getMinY()
                        && b.getMaxY() <= lanes.getMinY() + TimelineMetrics.AXIS_HEIGHT,
                "above the lane names, left of the days: " + b + " in " + lanes);
        robot.clickOn(button);
        settle();
        assertSame(timeline, ((Parent) w.window.enlargedPanel()).getChildrenUnmodifiable().get(0));
        assertTrue(ExplorerWindow.inScene(timeline).getHeight() > lanes.getHeight() + 200, "the timeline enlarged");
    }

    /**
     * A double click on a tab row enlarged its panel, and on the timeline's row of days nothing happened: the
     * row of days is the timeline's tab row, there and back; a double click on a lane below it enlarges nothing.
     */
    @Test
    void aDoubleClickOnTheRowOfDaysEnlargesTheTimelineAndPutsItBack(FxRobot robot) {
        Node timeline = w.window.timeline();
        Bounds before = ExplorerWindow.inScene(timeline);
        double[][] dividers = dividers();
        double laneY = before.getMinY() + TimelineMetrics.AXIS_HEIGHT + 60;
        double emptyX = before.getMaxX() - 40;
        robot.doubleClickOn(stage.getX() + emptyX, stage.getY() + laneY, MouseButton.PRIMARY);
        settle();
        assertNull(w.window.enlargedPanel(), "a double click in a lane enlarges nothing");

        double dayRowY = before.getMinY() + TimelineMetrics.AXIS_HEIGHT / 2;
        robot.doubleClickOn(stage.getX() + before.getMinX() + before.getWidth() / 2, stage.getY() + dayRowY,
                MouseButton.PRIMARY);
        settle();
        assertTrue(w.window.enlargedPanel() != null
                && ((Parent) w.window.enlargedPanel()).getChildrenUnmodifiable().get(0) == timeline,
                "the timeline enlarged: " + w.window.enlargedPanel());
        Bounds big = ExplorerWindow.inScene(timeline);
        assertTrue(big.getHeight() > before.getHeight() + 200, "the timeline down the work area: " + big);

        robot.doubleClickOn(stage.getX() + big.getMinX() + big.getWidth() / 2,
                stage.getY() + big.getMinY() + TimelineMetrics.AXIS_HEIGHT / 2,
                MouseButton.PRIMARY);
        settle();
        assertNull(w.window.enlargedPanel(), "the same double click puts it back");
        assertEquals(before.getHeight(), ExplorerWindow.inScene(timeline).getHeight(), 0.5);
        assertArrayEquals(dividers[0], dividers()[0], 1e-9);
        assertArrayEquals(dividers[1], dividers()[1], 1e-9);
    }
}
