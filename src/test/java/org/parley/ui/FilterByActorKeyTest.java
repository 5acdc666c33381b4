package org.parley.ui;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WindowPrefs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl+Shift+F, "filter by actor" in the shortcuts list, does so from whatever is selected: with an event
 * selected and no actor it had done nothing and said nothing.
 */
@ExtendWith(FxThreadRobot.class)
class FilterByActorKeyTest {

    private ExplorerState state;
    private Dataset data;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // A stage of its own: a size set on the shared primary stage would stay with it into the next class.
        stage = new Stage();
        data = BundledSeeds.dataset();
        state = new ExplorerState();
        WindowPrefs prefs = WindowPrefs.load();
        prefs.put("width", 1260);
        prefs.put("height", 780);
        MainWindow window = new MainWindow(state, prefs, text -> CompletableFuture.completedFuture(SearchResults.NONE));
        window.attach(stage);
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        state.datasetProperty().set(data);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void withAnEventSelectedItFiltersByThatEventsActors(FxRobot robot) {
        Event talks = data.event("geneva-talks").orElseThrow();
        robot.interact(() -> state.selectedEventProperty().set(talks.id()));
        robot.clickOn("#status-counts");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> actors = state.filterProperty().get().actors();
        assertEquals(data.involved(talks), actors, "the talks' actors, each one's events kept");
        assertTrue(state.visibleEventsProperty().get().contains(talks), "the talks stay in view");
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
    }

    @Test
    void withNothingSelectedItOpensTheFiltersAtFindAnActor(FxRobot robot) throws Exception {
        robot.interact(() -> state.selectedEventProperty().set(null));
        robot.clickOn("#status-counts");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#actor-find").tryQuery()
                .map(Node::isFocused).orElse(false));
        assertEquals(EventFilter.NONE, state.filterProperty().get(), "no filter set unasked");
        robot.write("grush");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#actor-filter").tryQuery().isPresent());
        assertTrue(robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .anyMatch(p -> "Filters".equals(p.getSelectionModel().getSelectedItem().getText())));
    }
}
