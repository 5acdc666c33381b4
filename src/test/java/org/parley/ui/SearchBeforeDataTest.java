package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WindowBounds;
import org.parley.ui.support.WindowPrefs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a user does while a large dataset is still being read is not thrown away when it arrives. */
@ExtendWith(FxThreadRobot.class)
class SearchBeforeDataTest {

    private final ExplorerState state = new ExplorerState();
    /** Each search asked for, and whether the dataset was in when it was. */
    private final List<String> searches = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage primary) {
        Stage stage = new Stage(); // its own: the shared primary stage keeps its size for the next class
        WindowPrefs prefs = ExplorerWindow.prefs();
        prefs.putBounds(new WindowBounds(new Rectangle2D(0, 0, 1280, 800), false), new Rectangle2D(0, 0, 1280, 800));
        MainWindow window = new MainWindow(state, prefs, text -> {
            searches.add(text + (state.dataset() == null ? " (no data)" : " (data)"));
            return CompletableFuture.completedFuture(SearchResults.NONE);
        });
        window.attach(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aSearchTypedWhileTheDataIsReadRunsWhenItArrives(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup("#middle-tabs .tab-label").match(n -> "Events".equals(((Label) n).getText()))
                .queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#event-table").queryAs(TableView.class);
        assertTrue(robot.lookup("#export-data").query().isDisabled(), "nothing to export before the data is in");
        assertEquals("Reading the events…", robot.lookup("#event-table-empty").queryAs(Label.class).getText(),
                "an empty table before the data says it is coming, not that nothing matches");
        robot.clickOn("#search-field").write("Sherman").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Dataset data = ExplorerWindow.week();
        robot.interact(() -> state.datasetProperty().set(data));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Sherman", robot.lookup("#search-field").queryAs(TextField.class).getText());
        assertEquals("Sherman", state.searchTextProperty().get());
        assertTrue(searches.get(searches.size() - 1).equals("Sherman (data)"), "searched again with the data: " + searches);
        assertEquals("No events match the filters.", robot.lookup("#event-table-empty").queryAs(Label.class).getText());
        // The toolbar names this dataset's focus and years.
        assertEquals("Fit the focus period, 9–13 Jan 2022 (Ctrl+1)",
                robot.lookup("#fit-week").queryAs(Button.class).getTooltip().getText());
        assertEquals("Fit everything, " + data.span().orElseThrow().first().getYear() + "–2022 (Ctrl+2)",
                robot.lookup("#fit-all").queryAs(Button.class).getTooltip().getText());

        // A dataset replaced later (an import) starts with an empty search, as before.
        robot.interact(() -> state.datasetProperty().set(null));
        robot.interact(() -> state.datasetProperty().set(data));
        assertEquals("", robot.lookup("#search-field").queryAs(TextField.class).getText());
    }
}
