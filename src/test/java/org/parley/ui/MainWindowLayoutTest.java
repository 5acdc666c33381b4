package org.parley.ui;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.FxThreadRobot;
import java.util.concurrent.CompletableFuture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The explorer at the sizes people really have: a 1280×720 projector, a 1366×768 laptop and a
 * 1920×1080 monitor, each maximized under a window manager (the sizes are the maximized
 * windows' content areas under openbox). Nothing may lie outside the window, and every panel
 * keeps the minimum it needs to be read.
 */
@ExtendWith(FxThreadRobot.class)
class MainWindowLayoutTest {

    /** The longest title in the week: it must wrap in the detail pane, never be cut. */
    private static final String LONG_TITLE_EVENT = "nrc-offer-arms-control";

    private Stage stage;
    private Dataset data;

    @Start
    void start(Stage primary) throws Exception {
        // A stage of its own: TestFX shares its primary stage between test classes, and the
        // window's placement (size, minimum size, maximized) must not leak into the next class.
        this.stage = new Stage();
        this.data = ExplorerWindow.week();
    }

    private ExplorerWindow open(FxRobot robot, double width, double height) {
        ExplorerWindow[] w = new ExplorerWindow[1];
        robot.interact(() -> w[0] = ExplorerWindow.open(stage, data, width, height));
        robot.interact(() -> w[0].state.selectedEventProperty().set(LONG_TITLE_EVENT));
        settle(robot, w[0]);
        return w[0];
    }

    /**
     * Monocle's screen is 1280×800 and cannot draw a larger window, so bigger sizes lay the
     * window's content out at that size without a window: the same layout code, no pixels.
     * The content moves to a scene of its own with the same style sheets: styled again inside a
     * hidden window, the theme's looked-up colours no longer resolved (JavaFX logged some 400
     * warnings) and the content was laid out unstyled, in the default font, without its padding.
     */
    private ExplorerWindow layOut(FxRobot robot, double width, double height) {
        ExplorerWindow w = open(robot, 1260, 780);
        robot.interact(() -> {
            stage.hide();
            Scene shown = stage.getScene();
            List<String> sheets = List.copyOf(shown.getStylesheets());
            shown.setRoot(new Pane());
            new Scene(w.window.root(), width, height).getStylesheets().setAll(sheets);
        });
        this.width = width;
        this.height = height;
        settle(robot, w);
        return w;
    }

    private double width;
    private double height;

    /** The arrangement settles over a pulse or two (map and table may fold into tabs). */
    private void settle(FxRobot robot, ExplorerWindow w) {
        for (int i = 0; i < 4; i++) {
            robot.interact(() -> {
                if (!stage.isShowing()) {
                    w.window.root().applyCss();
                    w.window.root().resize(width, height);
                    w.window.root().layout();
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private Node find(ExplorerWindow w, String query) {
        Node n = w.window.root().lookup(query);
        assertTrue(n != null, query + " exists");
        return n;
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aProjectorAt1280x720ShowsEveryPanelWhole(FxRobot robot) {
        ExplorerWindow w = open(robot, 1280, 701);
        assertEverythingFits(robot, w);
        assertFalse(w.window.middleStacked(), "too short for map above table: they become tabs");
    }

    /**
     * A short window is arranged before it first shows, so the map and the table are styled once,
     * as tabs, not stacked and moved a pulse later; the hidden table joins the scene only when its
     * tab is chosen, and then shows the week.
     */
    @Test
    void aShortWindowStartsAsTabsAndBuildsTheTableWhenItsTabIsChosen(FxRobot robot) {
        boolean[] stackedBeforeShow = {true};
        ExplorerWindow[] w = new ExplorerWindow[1];
        robot.interact(() -> {
            MainWindow early = new MainWindow(new ExplorerState(), ExplorerWindow.prefs(),
                    text -> CompletableFuture.completedFuture(SearchResults.NONE));
            Stage other = new Stage();
            early.attach(other);
            stackedBeforeShow[0] = early.middleStacked();
        });
        robot.interact(() -> {
            w[0] = ExplorerWindow.open(stage, data, 1280, 701);
        });
        assertFalse(stackedBeforeShow[0], "a 1000×700 window is arranged as tabs before it shows");
        settle(robot, w[0]);
        Node table = w[0].window.table();
        assertFalse(w[0].window.middleStacked());
        assertTrue(table.getScene() == null, "the hidden table is not styled and laid out at start");

        Node eventsTab = robot.lookup("#middle-tabs .tab-label").match(n -> "Events".equals(((Label) n).getText()))
                .query();
        robot.clickOn(eventsTab);
        settle(robot, w[0]);
        assertTrue(table.getScene() != null && table.isVisible(), "choosing the tab shows the table");
        assertEquals(data.events().size(), ((TableView<?>) table).getItems().size());
        assertTrue(wholeRows((TableView<?>) table) >= PanelSizes.TABLE_ROWS, "the table shows the week's rows");
    }

    @Test
    void aLaptopAt1366x768ShowsEveryPanelWhole(FxRobot robot) {
        ExplorerWindow w = open(robot, 1366, 749);
        assertEverythingFits(robot, w);
    }

    @Test
    void aMonitorAt1920x1080StacksMapAboveTable(FxRobot robot) {
        ExplorerWindow w = layOut(robot, 1920, 1061);
        assertEverythingFits(robot, w);
        assertTrue(w.window.middleStacked(), "room for the map above the table");
        assertTrue(inScene(find(w, "#event-table")).getMinY() > inScene(find(w, "#map-view")).getMaxY() - 1,
                "the table lies below the map");
    }

    private void assertEverythingFits(FxRobot robot, ExplorerWindow w) {
        double width = w.window.root().getWidth();
        double height = w.window.root().getHeight();
        assertTrue(w.window.root().minWidth(-1) <= width + 0.5,
                "the content needs " + w.window.root().minWidth(-1) + " px of " + width);
        assertTrue(w.window.root().minHeight(width) <= height + 0.5,
                "the content needs " + w.window.root().minHeight(width) + " px of " + height);

        assertInside("#search-field", w, width, height);
        assertInside("#dark-toggle", w, width, height);
        assertInside("#status-counts", w, width, height);

        Label title = (Label) find(w, ".detail-title");
        assertEquals(data.event(LONG_TITLE_EVENT).orElseThrow().title(), title.getText());
        Bounds t = inScene(title);
        assertTrue(t.getMinX() >= 0 && t.getMaxX() <= width + 0.5, "detail title inside: " + t);
        assertTrue(title.getHeight() >= title.prefHeight(title.getWidth()) - 0.5,
                "the title is whole (wrapped, not cut): " + title.getHeight() + " < " + title.prefHeight(title.getWidth()));

        Bounds timeline = inScene(find(w, "#timeline"));
        assertTrue(timeline.getHeight() >= PanelSizes.TIMELINE_HEIGHT - 0.5, "timeline " + timeline);

        robot.interact(() -> w.window.focusPanel(1));
        settle(robot, w);
        Bounds map = assertInside("#map-view", w, width, height);
        assertTrue(map.getHeight() >= PanelSizes.MAP_HEIGHT - 0.5, "map tall enough for its labels: " + map);

        robot.interact(() -> w.window.focusPanel(2));
        settle(robot, w);
        assertInside("#event-table", w, width, height);
        int rows = wholeRows((TableView<?>) find(w, "#event-table"));
        assertTrue(rows >= PanelSizes.TABLE_ROWS, "the table shows " + rows + " whole rows");

        for (String pane : new String[] {"#left-tabs", "#right-tabs"}) {
            Bounds b = assertInside(pane, w, width, height);
            assertTrue(b.getWidth() >= 200 && b.getHeight() >= PanelSizes.TAB_PANE_HEIGHT - 0.5, pane + " " + b);
        }
    }

    private Bounds assertInside(String query, ExplorerWindow w, double width, double height) {
        Node n = find(w, query);
        assertTrue(n.isVisible() && n.getScene() != null, query + " is shown");
        Bounds b = inScene(n);
        assertTrue(b.getMinX() >= -0.5 && b.getMinY() >= -0.5 && b.getMaxX() <= width + 0.5 && b.getMaxY() <= height + 0.5,
                query + " lies inside the " + width + "×" + height + " window: " + b);
        return b;
    }

    /** Rows with an event whose whole height lies inside the table's visible area. */
    private static int wholeRows(TableView<?> table) {
        Bounds view = inScene(table);
        return (int) table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() != null && r.isVisible())
                .map(MainWindowLayoutTest::inScene)
                .filter(b -> b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY())
                .count();
    }

    private static Bounds inScene(Node n) {
        return ExplorerWindow.inScene(n);
    }
}
