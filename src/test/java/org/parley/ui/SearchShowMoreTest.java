package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.seed.BundledSeeds;
import org.parley.ui.search.SearchService;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WindowPrefs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A search that matches more than it lists offers "Show 200 more" under its hits: among 100,000 events a
 * word with thousands of matches listed the best 200, and the rest were out of a researcher's reach.
 */
@ExtendWith(FxThreadRobot.class)
class SearchShowMoreTest {

    /** How many entries the stub's index matches. */
    private static final int MATCHES = 450;

    private final List<Integer> limits = new CopyOnWriteArrayList<>();
    private ExplorerState state;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        state = new ExplorerState();
        MainWindow window = new MainWindow(state, WindowPrefs.load(), (text, limit) -> {
            limits.add(limit);
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (int i = 0; i < Math.min(limit, MATCHES); i++) {
                hits.add(new SearchResults.Hit("passage", "Paper " + i, "talks number " + i, "", "s" + i, 0, 5));
            }
            return CompletableFuture.completedFuture(new SearchResults(text, hits, Set.of(), MATCHES));
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

    @Test
    void showMoreListsTheNextHitsUntilAllAreListed(FxRobot robot) throws Exception {
        robot.clickOn("#search-field").write("talks");
        // On a loaded machine the search may run for "tal" before "talks", and the results be built again:
        // the button looked up must be the one the whole word's results show.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.searchProperty().get() != null
                && "talks".equals(state.searchProperty().get().query()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#search-more").tryQuery().isPresent()
                && robot.lookup("#search-more").queryAs(Button.class).isVisible()
                && limits.size() > 0 && limits.get(limits.size() - 1) == SearchService.PAGE);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#search-results .list-view").queryAs(ListView.class);
        Button more = robot.lookup("#search-more").queryAs(Button.class);
        assertEquals(SearchService.PAGE, list.getItems().size());
        assertEquals("Show 200 more", more.getText());

        robot.clickOn(more);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 2 * SearchService.PAGE);
        assertEquals(2 * SearchService.PAGE, limits.get(limits.size() - 1), "asked for a page more");
        assertEquals("Show 50 more", more.getText(), "only as many as are left");

        robot.clickOn(more);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == MATCHES);
        assertFalse(more.isVisible(), "every match is listed: nothing more to show");

        // Other words start again from their best page.
        robot.doubleClickOn("#search-field").write("nato");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "nato".equals(state.searchProperty().get().query()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SearchService.PAGE, limits.get(limits.size() - 1));
        assertTrue(more.isVisible());
    }
}
