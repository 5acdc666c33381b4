package org.parley.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.WriteProgress;
import org.parley.seed.ReadProgress;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A large import's window says each phase as it is: after the file's last byte it had said, until the end, that
 * quotes were being looked up (the read does that), and then that half a minute's write took "a moment".
 */
@ExtendWith(FxThreadRobot.class)
class ImportProgressTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Label("owner"), 300, 200));
        stage.show();
    }

    /** The import's window over the owner, showing {@code progress} of "big.json". */
    private ImportProgress shown(FxRobot robot, ReadProgress progress) {
        ImportProgress[] window = new ImportProgress[1];
        robot.interact(() -> {
            window[0] = new ImportProgress(owner, "big.json", progress);
            window[0].show();
        });
        return window[0];
    }

    @Test
    void eachPhaseAfterTheReadIsSaidAndOnlyTheWriteCannotBeCancelled(FxRobot robot) {
        ReadProgress progress = new ReadProgress();
        ImportProgress window = shown(robot, progress);
        Label text = robot.lookup("#import-progress-text").queryAs(Label.class);
        ProgressBar bar = robot.lookup("#import-progress-bar").queryAs(ProgressBar.class);
        Button cancel = robot.lookup("#import-progress-cancel").queryAs(Button.class);
        assertTrue(text.getText().startsWith("Reading \u201cbig.json\u201d"), text.getText());

        progress.enter(ReadProgress.Phase.CHECKING);
        robot.interact(window::update);
        assertTrue(text.getText().startsWith("Checking \u201cbig.json\u201d as a whole"), text.getText());
        assertFalse(text.getText().contains("quote"), "quotes were looked up while the file was read");
        assertTrue(bar.isIndeterminate(), "no share claimed for a phase without a measure");
        assertFalse(cancel.isDisabled(), "the check can still be cancelled");

        progress.enter(ReadProgress.Phase.HASHING);
        robot.interact(window::update);
        assertTrue(text.getText().contains("fingerprint"), text.getText());
        assertTrue(bar.isIndeterminate());
        assertFalse(cancel.isDisabled(), "the hash can still be cancelled");

        progress.startWriting();
        robot.interact(window::update);
        assertEquals("Writing \u201cbig.json\u201d into your database; this cannot be stopped now.", text.getText());
        assertTrue(cancel.isDisabled(), "nothing to cancel once the write began");
        assertTrue(bar.isIndeterminate());
        robot.interact(window::close);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The write says how many records are in of how many, and the bar that share; then the search index and the
     * reading back each in its own words. A minute's write had shown a moving bar and "a large file takes a while".
     */
    @Test
    void theWriteIsMeasuredInRecordsThenSaysItsLaterSteps(FxRobot robot) {
        ReadProgress progress = new ReadProgress();
        ImportProgress window = shown(robot, progress);
        Label text = robot.lookup("#import-progress-text").queryAs(Label.class);
        ProgressBar bar = robot.lookup("#import-progress-bar").queryAs(ProgressBar.class);
        progress.startWriting();

        progress.step(WriteProgress.Step.BACKING_UP, 0);
        robot.interact(window::update);
        assertTrue(text.getText().startsWith("Backing up what your database holds before \u201cbig.json\u201d "
                + "replaces it"), text.getText());
        assertTrue(bar.isIndeterminate());

        progress.step(WriteProgress.Step.RECORDS, 111_500);
        progress.written(40_960);
        robot.interact(window::update);
        assertEquals("Writing \u201cbig.json\u201d into your database: 40,960 of 111,500 records; this cannot be "
                + "stopped now.", text.getText());
        assertEquals(40_960 / 111_500.0, bar.getProgress(), 1e-9);

        progress.step(WriteProgress.Step.SEARCH_INDEX, 0);
        robot.interact(window::update);
        assertTrue(text.getText().startsWith("Building the search index of \u201cbig.json\u201d"), text.getText());
        assertTrue(bar.isIndeterminate(), "no share claimed for the index");

        progress.step(WriteProgress.Step.OPENING, 0);
        robot.interact(window::update);
        assertEquals("Opening \u201cbig.json\u201d, now in your database\u2026", text.getText());
        assertTrue(bar.isIndeterminate());
        robot.interact(window::close);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
