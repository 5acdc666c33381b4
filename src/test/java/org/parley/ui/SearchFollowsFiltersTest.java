package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WindowPrefs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A search list cut to the best results holds the best of what the filters show, so a filter change
 * runs it again, leaving the tab the user is in; a list that holds every match is left as it is.
 */
@ExtendWith(FxThreadRobot.class)
class SearchFollowsFiltersTest {

    private final List<String> searches = new CopyOnWriteArrayList<>();
    private ExplorerState state;
    private Stage stage;
    /** How many matches the stub says there are: more than it lists (none) makes the list cut. */
    private volatile int matches;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        state = new ExplorerState();
        WindowPrefs prefs = WindowPrefs.load();
        MainWindow window = new MainWindow(state, prefs, text -> {
            searches.add(text);
            return CompletableFuture.completedFuture(new SearchResults(text, List.of(), Set.of(), matches));
        });
        window.attach(stage);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
        state.datasetProperty().set(BundledSeeds.dataset());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    private void search(FxRobot robot, String text) throws Exception {
        robot.clickOn("#search-field").write(text);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> searches.contains(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TabPane leftTabs(FxRobot robot) {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(t -> t.getTabs().stream().anyMatch(tab -> "Filters".equals(tab.getText())))
                .findFirst().orElseThrow();
    }

    @Test
    void aCutListIsChosenAgainWhenTheFiltersChangeAndTheTabStays(FxRobot robot) throws Exception {
        matches = 1_000;
        search(robot, "nato");
        TabPane left = leftTabs(robot);
        robot.interact(() -> left.getSelectionModel().select(1));
        int before = searches.size();
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> searches.size() > before);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("nato", searches.get(searches.size() - 1), "the same words, for the filtered events");
        assertEquals("Filters", left.getSelectionModel().getSelectedItem().getText(), "the user stays in Filters");
    }

    @Test
    void aWholeListIsLeftAsItWasWhenTheFiltersChange(FxRobot robot) throws Exception {
        matches = 0;
        search(robot, "nato");
        int before = searches.size();
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING))));
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, searches.size(), "every match is listed already: nothing to choose again");
    }
}
