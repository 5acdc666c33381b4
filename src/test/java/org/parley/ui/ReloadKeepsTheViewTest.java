package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.seed.BundledSeeds;
import org.parley.seed.EditedWeek;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WindowPrefs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After another program changed the database, Reload shows what it holds now and leaves the user
 * where they were: the search they typed (run again on the new data), the timeline's zoom. Before,
 * it emptied the search box and fitted the week again, as for a newly imported dataset.
 */
@ExtendWith(FxThreadRobot.class)
class ReloadKeepsTheViewTest {

    private final List<String> searches = new CopyOnWriteArrayList<>();
    private final Dataset week = BundledSeeds.dataset();
    private ExplorerState state;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        state = new ExplorerState();
        MainWindow window = new MainWindow(state, WindowPrefs.load(), text -> {
            searches.add(text);
            return CompletableFuture.completedFuture(new SearchResults(text, List.of(), Set.of(), 0));
        });
        window.attach(stage);
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
        state.datasetProperty().set(week);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void theSearchAndTheZoomStayAndTheSearchRunsOnTheNewData(FxRobot robot) throws Exception {
        robot.clickOn("#search-field").write("Ryabkov").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> searches.contains("Ryabkov"));
        ExplorerState.TimeWindow fitted = state.timeWindowProperty().get();
        robot.clickOn("#zoom-in");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !fitted.equals(state.timeWindowProperty().get()));
        ExplorerState.TimeWindow zoomed = state.timeWindowProperty().get();
        int searchesBefore = searches.size();

        Event first = week.events().get(0);
        robot.interact(() -> state.reload(EditedWeek.retitled(first.id(), "Retitled elsewhere")));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> searches.size() > searchesBefore);
        assertEquals("Ryabkov", robot.lookup("#search-field").queryAs(TextField.class).getText());
        assertEquals("Ryabkov", state.searchTextProperty().get());
        assertEquals("Ryabkov", searches.get(searches.size() - 1), "the search runs again on what the database holds now");
        assertEquals(zoomed, state.timeWindowProperty().get(), "the timeline keeps its zoom");
        assertEquals("Retitled elsewhere", state.dataset().event(first.id()).orElseThrow().title());

        // An import is another dataset: it starts afresh.
        robot.interact(() -> state.datasetProperty().set(week));
        assertEquals("", robot.lookup("#search-field").queryAs(TextField.class).getText());
        assertNotEquals(zoomed, state.timeWindowProperty().get());
    }
}
