package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each shortcut that shows a panel and puts the keyboard in it, pressed once on a window just built: a tab's
 * panel is made the first time the tab is chosen, and before it is styled it holds none of its controls. Found
 * for Ctrl+Shift+F by h289 (the typing went nowhere); Alt+5, Alt+7, Alt+8, Alt+9 and Alt+0 left the keyboard on
 * the panel itself in the same way, where the arrows and typing did nothing, until the key was pressed again.
 */
class FirstPressFocusTest extends OwnStageExplorerTest {

    /**
     * {@code keys}: what is pressed, "+" between; {@code where}: the id of the node the keyboard must be in. The
     * Detail tab is asked with an event shown: with none it shows only a hint, and the pane takes the keys itself.
     */
    @ParameterizedTest(name = "{0} puts the keyboard in {1}")
    @CsvSource({
        "CONTROL+F, search-field, false",
        "CONTROL+SHIFT+F, actor-find, false",
        "ALT+DIGIT1, timeline, false",
        "ALT+DIGIT2, map-view, false",
        "ALT+DIGIT3, event-table, false",
        "ALT+DIGIT4, tab-actors, false",
        "ALT+DIGIT5, tab-filters, false",
        "ALT+DIGIT6, tab-detail, true",
        "ALT+DIGIT7, tab-source, false",
        "ALT+DIGIT8, tab-search, false",
        "ALT+DIGIT9, tab-compare, false",
        "ALT+DIGIT0, tab-positions, false",
    })
    void theFirstPressPutsTheKeyboardWhereItSays(String keys, String where, boolean eventShown, FxRobot robot) {
        ExplorerWindow[] w = new ExplorerWindow[1];
        robot.interact(() -> {
            w[0] = ExplorerWindow.open(stage, data, 1280, 720);
            if (eventShown) {
                w[0].state.selectedEventProperty().set(data.events().get(0).id());
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        // A click, as a user's: the keys go to the window that has the focus.
        robot.clickOn(w[0].window.root().lookup("#status-counts"));
        WaitForAsyncUtils.waitForFxEvents();

        robot.push(Arrays.stream(keys.split("\\+")).map(KeyCode::valueOf).toArray(KeyCode[]::new));

        Callable<Boolean> landed = () -> onFx(() -> landedIn(w[0], where));
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, landed);
        } catch (TimeoutException e) {
            throw new AssertionError(keys + ": the keyboard is on " + onFx(() -> describe(focusOwner(w[0])))
                    + ", not in " + where, e);
        }
        assertTrue(onFx(() -> focusOwner(w[0]).isFocusTraversable()), "a control Tab would reach has it");
    }

    /**
     * Whether the keyboard is on a control in the node of that id, or for a tab in its panel: on a control that
     * takes the keyboard, not on the panel's container, where it had stayed.
     */
    private static boolean landedIn(ExplorerWindow w, String where) {
        Node owner = focusOwner(w);
        if (owner == null) {
            return false;
        }
        Node target = where.startsWith("tab-") ? tab(w, where).getContent() : w.window.root().lookup("#" + where);
        if (target == null || owner == target && !owner.isFocusTraversable()) {
            return false;
        }
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == target) {
                return true;
            }
        }
        return false;
    }

    private static Tab tab(ExplorerWindow w, String id) {
        for (String pane : new String[] {"#left-tabs", "#right-tabs"}) {
            for (Tab t : ((TabPane) w.window.root().lookup(pane)).getTabs()) {
                if (id.equals(t.getId())) {
                    return t;
                }
            }
        }
        throw new AssertionError("no tab " + id);
    }

    private static Node focusOwner(ExplorerWindow w) {
        return w.window.root().getScene().getFocusOwner();
    }

    private static String describe(Node n) {
        return n == null ? "nothing" : n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
