package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer in windows smaller than a projector's, down to the smallest the window manager
 * allows (900×560 with its frame): every tab's title whole, and the presentation and the exports
 * on the toolbar, where a class needs them, not in its overflow menu. The sizes are the maximized
 * windows' content areas under openbox.
 */
class SmallWindowTest extends OwnStageExplorerTest {

    private ExplorerWindow open(FxRobot robot, double width, double height) {
        ExplorerWindow[] w = new ExplorerWindow[1];
        robot.interact(() -> w[0] = ExplorerWindow.open(stage, data, width, height));
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        return w[0];
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"900, 541", "1000, 631", "1024, 749", "1280, 701"})
    void everyTabTitleIsWhole(int width, int height, FxRobot robot) {
        ExplorerWindow w = open(robot, width, height);
        for (String pane : new String[] {"#left-tabs", "#right-tabs", "#panes .tab-pane"}) {
            Node tabs = w.window.root().lookup(pane);
            Bounds paneBounds = ExplorerWindow.inScene(tabs);
            int titles = 0;
            for (Node n : tabs.lookupAll(".tab-label")) {
                if (!(n instanceof Label label) || !isIn(label, tabs)) {
                    continue;
                }
                titles++;
                Text shown = (Text) label.lookup(".text");
                assertEquals(label.getText(), shown.getText(), pane + " at " + width + "×" + height + ": the title as drawn");
                Bounds b = ExplorerWindow.inScene(label);
                assertTrue(b.getMinX() >= paneBounds.getMinX() - 0.5 && b.getMaxX() <= paneBounds.getMaxX() + 0.5,
                        label.getText() + " lies in its pane " + paneBounds + ": " + b);
            }
            assertTrue(titles >= 2, pane + " has its titles: " + titles);
            // The skin shows its menu of tabs only when they do not all fit: a title is then clipped under it.
            Node menu = tabs.lookup(".tab-down-button");
            assertTrue(menu == null || !treeVisible(menu), pane + " at " + width + "×" + height + " needs its tabs' menu");
        }
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"900, 541", "1000, 631", "1024, 749", "1280, 701"})
    void presentAndTheExportsStayOnTheToolbar(int width, int height, FxRobot robot) {
        ExplorerWindow w = open(robot, width, height);
        for (String id : new String[] {"#present", "#export-image", "#export-data", "#search-field", "#dark-toggle"}) {
            Node n = w.window.root().lookup(id);
            assertTrue(n != null && n.getScene() != null && treeVisible(n), id + " shown at " + width + "×" + height);
            Bounds b = ExplorerWindow.inScene(n);
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= width + 0.5 && b.getWidth() > 0,
                    id + " inside the " + width + " px window: " + b);
        }
        Node search = w.window.root().lookup("#search-field");
        assertTrue(search.getLayoutBounds().getWidth() >= MainToolBar.SEARCH_MIN - 0.5, "search box " + search.getLayoutBounds());
    }

    /** The whole of 1280 px: the toolbar's every action shown, none in the overflow menu. */
    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1024, 749", "1280, 701"})
    void fromA1024WindowNothingIsInTheOverflowMenu(int width, int height, FxRobot robot) {
        ExplorerWindow w = open(robot, width, height);
        for (String id : new String[] {"#fit-week", "#zoom-out", "#lane-mode", "#timeline-key-toggle", "#next"}) {
            Node n = w.window.root().lookup(id);
            assertTrue(n != null && n.getScene() != null && treeVisible(n), id + " shown at " + width);
        }
    }

    /**
     * Where the toolbar overflows, the previous and next event stay side by side on it and a click on → steps:
     * at 2× on 1920×1080 (960 px) the overflow's » button sat between ← and ▶, → moved into its menu.
     */
    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"900, 541", "960, 521", "1000, 631"})
    void previousAndNextStayTogetherOnTheToolbar(int width, int height, FxRobot robot) throws TimeoutException {
        ExplorerWindow w = open(robot, width, height);
        Node previous = w.window.root().lookup("#previous");
        Node next = w.window.root().lookup("#next");
        for (Node n : new Node[] {previous, next}) {
            assertTrue(n != null && n.getScene() != null && treeVisible(n), (n == previous ? "←" : "→") + " shown at "
                    + width);
        }
        Bounds back = ExplorerWindow.inScene(previous);
        Bounds on = ExplorerWindow.inScene(next);
        assertTrue(on.getMinX() >= back.getMaxX() - 0.5 && on.getMinX() - back.getMaxX() < 8 && on.getMaxX() <= width,
                "→ just after ←: " + back + " " + on);
        String before = w.state.selectedEventProperty().get();
        robot.clickOn(next);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w.state.selectedEventProperty().get() != null
                && !w.state.selectedEventProperty().get().equals(before));
    }

    private static boolean isIn(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean treeVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
