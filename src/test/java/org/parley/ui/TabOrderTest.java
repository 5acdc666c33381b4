package org.parley.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keyboard users reach every panel with Tab, in reading order, and back with Shift+Tab. */
@ExtendWith(FxThreadRobot.class)
class TabOrderTest {

    private Stage stage;
    private Dataset data;

    @Start
    void start(Stage primary) throws Exception {
        // A stage of its own: TestFX shares its primary stage between test classes, and the
        // window's placement (size, minimum size, maximized) must not leak into the next class.
        this.stage = new Stage();
        this.data = ExplorerWindow.week();
    }

    private ExplorerWindow open(FxRobot robot) {
        ExplorerWindow[] w = new ExplorerWindow[1];
        robot.interact(() -> w[0] = ExplorerWindow.open(stage, data, 1260, 780));
        robot.interact(() -> w[0].state.selectedEventProperty().set("geneva-talks"));
        WaitForAsyncUtils.waitForFxEvents();
        return w[0];
    }

    /** The panel (an id on the way up) that holds the focus owner. */
    private String panelOfFocus() {
        for (Node n = stage.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n.getId() != null && PANELS.contains(n.getId())) {
                return n.getId();
            }
        }
        return "none";
    }

    private static final List<String> PANELS = List.of("tool-bar", "tool-bar-fixed", "timeline", "left-tabs",
            "map-and-table", "map-view", "event-table", "right-tabs");

    /** Presses the key {@code times} times and lists the panels focus passed through, each once, in order. */
    private List<String> walk(FxRobot robot, int times, KeyCode... keys) {
        List<String> panels = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            robot.press(keys).release(keys);
            WaitForAsyncUtils.waitForFxEvents();
            String p = panelOfFocus();
            assertTrue(stage.getScene().getFocusOwner() != null, "focus stays in the window");
            if (panels.isEmpty() || !panels.get(panels.size() - 1).equals(p)) {
                panels.add(p);
            }
        }
        return panels;
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void tabVisitsEveryPanelInReadingOrderAndShiftTabGoesBack(FxRobot robot) {
        open(robot);
        robot.clickOn("#search-field");
        List<String> forward = walk(robot, 30, KeyCode.TAB);
        // From the search box: the theme switch, the timeline, the left pane, the map-or-table tabs
        // and the map, the detail (its links, then each passage), and round again to the toolbar's first button.
        assertEquals(List.of("tool-bar-fixed", "timeline", "left-tabs", "map-and-table", "map-view", "right-tabs",
                "tool-bar"), forward.subList(0, 7), forward.toString());

        robot.clickOn("#search-field");
        // Back from the search box: the exports, Present and the previous and next event beside them, then the
        // view's buttons.
        List<String> back = walk(robot, 8, KeyCode.SHIFT, KeyCode.TAB);
        assertEquals(List.of("tool-bar-fixed", "tool-bar"), back.subList(0, 2), back.toString());
    }

    @Test
    void f6CyclesThroughThePanesEachOnceAtTheTabShown(FxRobot robot) {
        open(robot);
        robot.clickOn("#search-field");
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        Tab shown = right.getSelectionModel().getSelectedItem();
        List<String> panels = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.F6);
            WaitForAsyncUtils.waitForFxEvents();
            panels.add(panelOfFocus());
        }
        // 1260×780: the map and the events are tabs of one pane, one stop at the tab it shows.
        assertEquals(List.of("timeline", "left-tabs", "map-view", "right-tabs", "timeline"), panels);
        assertEquals(shown, right.getSelectionModel().getSelectedItem(), "passing through moved no tab");
    }

    /**
     * The map and the events, as tabs, are one pane: F6 had made them two stops and chosen the tab of each, so
     * a keyboard user in the Events table who went round every pane came back to the map, the table hidden.
     */
    @Test
    void f6RoundThePanesFromTheEventsTableComesBackToTheTable(FxRobot robot) {
        ExplorerWindow w = open(robot);
        assertFalse(w.window.middleStacked(), "1260×780: the map and the events are tabs");
        TabPane middle = robot.lookup("#middle-tabs").queryAs(TabPane.class);
        robot.press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        Tab events = middle.getSelectionModel().getSelectedItem();
        assertEquals("Events", events.getText());
        assertEquals("event-table", panelOfFocus());

        List<String> forward = walk(robot, 4, KeyCode.F6);
        assertEquals(List.of("right-tabs", "timeline", "left-tabs", "event-table"), forward);
        assertEquals(events, middle.getSelectionModel().getSelectedItem(), "the Events tab still shown");

        List<String> back = walk(robot, 4, KeyCode.SHIFT, KeyCode.F6);
        assertEquals(List.of("left-tabs", "timeline", "right-tabs", "event-table"), back);
        assertEquals(events, middle.getSelectionModel().getSelectedItem(), "the Events tab still shown");
        assertTrue(robot.lookup("#event-table").query().isVisible(), "the table shown, with the keyboard in it");
    }

    /**
     * F6 and Shift+F6 step from the panel that holds the focus, however it got there: they had counted on from
     * the last panel F6 itself had visited, so after a click into the map F6 went to the left pane.
     */
    @Test
    void f6StepsOnFromThePanelClickedInto(FxRobot robot) {
        open(robot);
        robot.clickOn("#search-field");
        robot.type(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("timeline", panelOfFocus(), "from the search box, the first panel");

        robot.clickOn("#map-view");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("map-view", panelOfFocus());
        robot.type(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("right-tabs", panelOfFocus(), "the pane after the map and the events");

        robot.clickOn("#timeline");
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.SHIFT, KeyCode.F6).release(KeyCode.F6, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("right-tabs", panelOfFocus(), "the panel before the timeline, round the end");
    }

    @Test
    void goingToAPanelPutsTheFocusOnItsFirstControlSoArrowsWorkThere(FxRobot robot) {
        open(robot);
        Node focus = goToPanelThenPressDown(robot, "#left-tabs", KeyCode.DIGIT4, "Actors");
        assertTrue(focus instanceof TextInputControl, "on the search of the list, not its toolbar: " + focus);
    }

    @Test
    void goingToTheDetailOfAnEventWithNoLinkLetsArrowsScrollIt(FxRobot robot) {
        ExplorerWindow w = open(robot);
        robot.interact(() -> w.state.selectedEventProperty().set("geneva-dinner"));
        Node focus = goToPanelThenPressDown(robot, "#right-tabs", KeyCode.DIGIT6, "Detail");
        assertTrue(focus instanceof ScrollPane, "the detail's scroll takes the keys: " + focus);
    }

    /**
     * Alt+6 puts the keys in the detail's scroll, and a ring says so, as on the map and the timeline: the
     * pane showed no sign of the focus, though arrows now scrolled it. The ring goes with the focus.
     */
    @Test
    void theDetailShowsWhenItHasTheFocus(FxRobot robot) {
        ExplorerWindow w = open(robot);
        robot.interact(() -> w.state.selectedEventProperty().set("geneva-dinner"));
        Node focus = goToPanelThenPressDown(robot, "#right-tabs", KeyCode.DIGIT6, "Detail");
        Node pane = robot.lookup(".detail-pane").query();
        Node ring = pane.lookup(".focus-ring");
        assertTrue(ring != null && ring.isVisible(), "a ring over the detail while " + focus + " has the focus");
        assertTrue(((Region) ring).getBorder() != null, "the window's stylesheet draws it");

        robot.clickOn("#search-field");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ring.isVisible(), "no ring once the focus has gone");
    }

    /**
     * Alt+digit from the search field, then Down: the focus lands inside the tab named {@code tab} (not on
     * the tab row) and Down moves within it rather than to the next tab. Returns where the focus landed.
     */
    private Node goToPanelThenPressDown(FxRobot robot, String pane, KeyCode digit, String tab) {
        TabPane tabs = robot.lookup(pane).queryAs(TabPane.class);
        robot.clickOn("#search-field");
        robot.press(KeyCode.ALT, digit).release(digit, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        assertEquals(tab, shown.getText());
        Node focus = stage.getScene().getFocusOwner();
        boolean inside = false;
        for (Node n = focus; n != null; n = n.getParent()) {
            inside |= n == shown.getContent();
        }
        assertTrue(inside, "the focus is in the " + tab + " panel, not on the tab row: " + focus);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shown, tabs.getSelectionModel().getSelectedItem(), "Down moved within the panel, not to the next tab");
        return focus;
    }

    @Test
    void focusingATabPaneMovesNoTab(FxRobot robot) {
        open(robot);
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> tabs = new ArrayList<>(right.lookupAll(".tab"));
        // In the tab pane's own coordinates: the window may still settle around it; the tabs must not move in it.
        Function<Node, Bounds> inPane =
                n -> right.sceneToLocal(n.localToScene(n.getLayoutBounds()));
        List<Bounds> before = tabs.stream().map(inPane).toList();
        List<Bounds> labelsBefore = tabs.stream().map(t -> t.lookup(".tab-label")).map(inPane).toList();
        // A click on the selected tab gives the pane the focus and its ring; the ring is drawn, not laid out.
        robot.clickOn(right.lookup(".tab:selected"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(right.isFocused(), "the tab pane has the focus");
        for (int i = 0; i < tabs.size(); i++) {
            Node label = tabs.get(i).lookup(".tab-label");
            assertEquals(before.get(i), inPane.apply(tabs.get(i)), "tab " + i);
            assertEquals(labelsBefore.get(i), inPane.apply(label), "tab " + i + "'s title");
        }
    }
}
