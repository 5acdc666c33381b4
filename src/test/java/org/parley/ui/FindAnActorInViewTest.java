package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.Actor;
import org.parley.model.EventFilter;
import org.parley.ui.filter.FilterPane;
import org.parley.ui.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Find an actor" at a projector's 1280×720 and a laptop's 1366×768, where the Filters tab is shorter than the
 * actors' list: Ctrl+Shift+F showed the field at the pane's bottom edge, and the names typing left ("sher":
 * Wendy Sherman) lay below it until the pane was scrolled by hand. The field and the list under it are in view
 * once the field has the keyboard, by the shortcut or by Tab. Monocle's screen is 1280×800, so the sizes are a
 * projector's whole 1280×720, and its and a 1366×768 laptop's maximized window under openbox (701 and 749 high:
 * the Filters tab's height is the window's, whatever its width).
 */
class FindAnActorInViewTest extends OwnStageExplorerTest {

    private ExplorerWindow open(FxRobot robot, double width, double height) {
        ExplorerWindow[] w = new ExplorerWindow[1];
        robot.interact(() -> w[0] = ExplorerWindow.open(stage, data, width, height));
        WaitForAsyncUtils.waitForFxEvents();
        // A click, as a user's: the keys go to the window that has the focus.
        robot.clickOn(w[0].window.root().lookup("#status-counts"));
        WaitForAsyncUtils.waitForFxEvents();
        return w[0];
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 720", "1280, 701", "1280, 749"})
    void theShortcutShowsTheFieldAndTheNamesTypingLeaves(int width, int height, FxRobot robot) {
        ExplorerWindow w = open(robot, width, height);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        waitUntil(() -> onFx(() -> w.window.root().lookup("#actor-find").isFocused()), "the field has the keyboard");
        robot.write("sher");
        waitUntil(() -> onFx(() -> firstName(w).equals("Wendy Sherman")), "the list narrowed to Sherman");
        waitUntil(() -> onFx(() -> inView(w, w.window.root().lookup("#actor-find")) && inView(w, firstCell(w))),
                () -> "at " + width + "×" + height + " the field and Wendy Sherman's row lie in the Filters tab's view: "
                        + onFx(() -> where(w)));
        assertEquals(EventFilter.NONE, w.state.filterProperty().get(), "typing filters nothing");
    }

    /** Tab from the "Match" choice above it, as a keyboard user walks the pane: the list under the field comes into view too. */
    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 701", "1280, 749"})
    void tabbingIntoTheFieldShowsTheListUnderIt(int width, int height, FxRobot robot) {
        ExplorerWindow w = open(robot, width, height);
        robot.push(KeyCode.ALT, KeyCode.DIGIT5);
        waitUntil(() -> onFx(() -> w.window.root().lookup("#actor-match-all") != null
                && w.window.root().lookup("#actor-match-all").isVisible()), "the Filters tab is shown");
        robot.interact(() -> {
            pane(w).setVvalue(0);
            w.window.root().lookup("#actor-match-any").requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.TAB);
        waitUntil(() -> onFx(() -> w.window.root().lookup("#actor-find").isFocused()), "Tab reaches the field");
        waitUntil(() -> onFx(() -> inView(w, w.window.root().lookup("#actor-find")) && inView(w, firstCell(w))
                        && inView(w, listOf(w))),
                () -> "at " + width + "×" + height + " the field and the whole list lie in view: " + onFx(() -> where(w)));
        assertTrue(onFx(() -> listOf(w).getItems().size() > 1));
    }

    /**
     * The Filters tab's pane is made when the tab is first chosen, and Ctrl+Shift+F asks it for the field at once,
     * before the pane is styled: the first press of a session had left the keyboard on the pane, and "sher" typed
     * went nowhere. Here the pane is put on the screen and asked in one go, as the tab does, so no pulse comes between.
     */
    @Test
    void theFieldTakesTheKeyboardInAPaneMadeAMomentAgo(FxRobot robot) {
        StackPane root = new StackPane();
        robot.interact(() -> {
            stage.setScene(new Scene(root, 380, 230));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        ExplorerState state = new ExplorerState();
        robot.interact(() -> state.datasetProperty().set(data));
        FilterPane[] pane = new FilterPane[1];
        robot.interact(() -> {
            pane[0] = new FilterPane(state);
            root.getChildren().add(pane[0]);
            pane[0].findActor();
        });
        waitUntil(() -> onFx(() -> pane[0].lookup("#actor-find") != null && pane[0].lookup("#actor-find").isFocused()),
                () -> "the field has the keyboard; it is on " + onFx(() -> String.valueOf(root.getScene().getFocusOwner())));
    }

    private static ScrollPane pane(ExplorerWindow w) {
        return (ScrollPane) w.window.root().lookup("#filter-pane");
    }

    @SuppressWarnings("unchecked")
    private static ListView<Actor> listOf(ExplorerWindow w) {
        return (ListView<Actor>) w.window.root().lookup("#actor-filter");
    }

    private static String firstName(ExplorerWindow w) {
        return listOf(w).getItems().isEmpty() ? "" : listOf(w).getItems().get(0).name();
    }

    private static ListCell<?> firstCell(ExplorerWindow w) {
        return cells(w).stream().filter(c -> c.getIndex() == 0).findFirst().orElse(null);
    }

    private static List<ListCell<?>> cells(ExplorerWindow w) {
        return listOf(w).lookupAll(".list-cell").stream().filter(ListCell.class::isInstance)
                .<ListCell<?>>map(c -> (ListCell<?>) c).toList();
    }

    /** The Filters pane's viewport in the scene: what of its content the user sees. */
    private static Bounds viewport(ExplorerWindow w) {
        Node view = pane(w).lookup(".viewport");
        return view.localToScene(view.getLayoutBounds());
    }

    private static boolean inView(ExplorerWindow w, Node n) {
        if (n == null) {
            return false;
        }
        Bounds view = viewport(w);
        Bounds b = ExplorerWindow.inScene(n);
        return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
    }

    private static String where(ExplorerWindow w) {
        Node field = w.window.root().lookup("#actor-find");
        ListCell<?> cell = firstCell(w);
        return "view " + viewport(w) + ", field " + ExplorerWindow.inScene(field) + ", first row "
                + (cell == null ? "none" : ExplorerWindow.inScene(cell)) + ", list " + ExplorerWindow.inScene(listOf(w));
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition, String what) {
        waitUntil(condition, () -> what);
    }

    /** Waits for {@code condition}; {@code what} is asked only when it never comes, to say where things were then. */
    private static void waitUntil(Callable<Boolean> condition, Supplier<String> what) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError(what.get() + ": not so after 30 s", e);
        }
    }
}
