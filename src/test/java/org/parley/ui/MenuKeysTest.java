package org.parley.ui;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.ui.map.MapView;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Shift+F10 and the menu key open the right-click menu of the focused view's item, once. Under GTK
 * JavaFX sends no context-menu request for either key: the event table's, the actor list's and the
 * map's menus could be opened with the mouse only.
 */
@ExtendWith(FxThreadRobot.class)
class MenuKeysTest {

    private ExplorerWindow w;

    @Start
    void start(Stage primary) throws Exception {
        w = ExplorerWindow.open(new Stage(), ExplorerWindow.week(), 1280, 720);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void shiftF10OnTheEventTableOpensItsRowMenu(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup("#middle-tabs .tab-label").match(n -> "Events".equals(((Label) n).getText()))
                .queryAs(Label.class));
        TableView<?> table = robot.lookup("#event-table").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(2);
            table.getFocusModel().focus(2);
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);

        assertEquals(List.of("Copy row"), firstItemsOfShownMenus(robot));
    }

    @Test
    void theMenuKeyOnTheActorListOpensTheFocusedActorsMenu(FxRobot robot) throws Exception {
        TreeView<?> tree = robot.lookup("#actorTree").queryAs(TreeView.class);
        robot.interact(() -> {
            tree.requestFocus();
            tree.getSelectionModel().select(1);
            tree.getFocusModel().focus(1);
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.CONTEXT_MENU);

        assertEquals(List.of("Filter by this actor"), firstItemsOfShownMenus(robot));
    }

    @Test
    void shiftF10OnTheMapOpensTheSelectedPlacesMenu(FxRobot robot) throws Exception {
        String geneva = w.data.places().stream().filter(p -> p.name().equals("Geneva")).findFirst().orElseThrow().id();
        MapView map = robot.lookup(n -> n instanceof MapView).queryAs(MapView.class);
        robot.interact(() -> {
            w.state.choosePlace(geneva);
            map.requestFocus();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
            WaitForAsyncUtils.waitForFxEvents();
            return !shownMenus().isEmpty();
        });

        assertEquals(List.of("Select Geneva"), firstItemsOfShownMenus(robot));
    }

    /** The first item of each context menu showing: one menu, not two. */
    private static List<String> firstItemsOfShownMenus(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> items = shownMenus().stream().map(m -> m.getItems().get(0)).map(MenuItem::getText).toList();
        robot.interact(() -> shownMenus().forEach(ContextMenu::hide));
        return items;
    }

    private static List<ContextMenu> shownMenus() {
        return Window.getWindows().stream().filter(ContextMenu.class::isInstance).map(ContextMenu.class::cast)
                .filter(ContextMenu::isShowing).toList();
    }
}
