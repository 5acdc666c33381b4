package org.parley.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;
import org.parley.seed.DatasetException;
import org.parley.seed.Problem;
import org.parley.ui.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing from the GUI: a good dataset is shown, a bad one is refused with every problem listed. */
@ExtendWith(ApplicationExtension.class)
class ImportDatasetActionTest {

    private final ExplorerState state = new ExplorerState();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("owner"), 300, 200));
        stage.show();
    }

    @Test
    void aValidDatasetReplacesWhatIsShown(FxRobot robot) {
        Dataset week = BundledSeeds.dataset();
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, Path.of("week.json"),
                p -> CompletableFuture.completedFuture(new ImportDatasetAction.Outcome(week, true))));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(week, state.dataset());
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isPresent(), "a confirmation is shown");
    }

    @Test
    void aBrokenDatasetListsEveryProblemAndChangesNothing(FxRobot robot) {
        Dataset before = BundledSeeds.dataset();
        robot.interact(() -> state.datasetProperty().set(before));
        DatasetException problems = new DatasetException(List.of(
                new Problem("mine.json", 12, 7, "events[3] (id \"x\")", "unknown field \"titel\""),
                new Problem("mine.json", 40, 3, "quotes[0] (id \"q\")", "text not found in source \"wapo\"")));
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, Path.of("mine.json"),
                p -> CompletableFuture.failedFuture(problems)));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, state.dataset(), "the explorer keeps what it had");
        TextArea list = robot.lookup("#import-problems").queryAs(TextArea.class);
        assertTrue(list.getText().contains("mine.json:12:7"), list.getText());
        assertTrue(list.getText().contains("mine.json:40:3"), list.getText());
        assertEquals(2, list.getText().lines().count());
    }
}
