package org.parley.ui.export;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over {@link ExplorerState#FILTER_AT_ONCE_LIMIT} events, the Export data dialog picks the events a search keeps on
 * the compute thread: it had filtered every event on the JavaFX thread each time its search box or its format changed.
 * Until the count arrives the dialog says which events without a number, and an answer for a box since unticked
 * never replaces what the dialog says now.
 */
@ExtendWith(FxThreadRobot.class)
class ExportDataSearchCountTest {

    private static final String SEARCH = "the search \u201CSherman\u201D";

    private Stage stage;
    private Dialog<ExportDataDialog.Choice> dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new Label("owner"), 300, 200));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (dialog != null && dialog.isShowing()) {
            robot.interact(() -> {
                dialog.setResult(null);
                dialog.close();
            });
        }
    }

    @Test
    void theSearchsEventsAreCountedOffTheFxThreadAndSaidWhenTheyArrive(FxRobot robot) throws TimeoutException {
        Dataset large = BundledSeeds.copiedUntilOver(ExplorerState.FILTER_AT_ONCE_LIMIT);
        Set<String> meetings = meetingIds(large);
        try (BackgroundThread worker = new BackgroundThread("test-compute")) {
            ExplorerState state = searched(large, meetings, worker);
            CountDownLatch hold = hold(worker);
            open(robot, state, worker);
            Label events = robot.lookup("#export-data-events").queryAs(Label.class);
            Label size = robot.lookup("#export-data-size").queryAs(Label.class);

            robot.clickOn("#export-data-search");
            WaitForAsyncUtils.waitForFxEvents();
            // The compute thread is held: the count cannot have been made, and no number is said for it.
            assertEquals("Exports the events found by " + SEARCH + ".", events.getText());
            assertEquals("Counting the events found by " + SEARCH + "\u2026", size.getText());

            hold.countDown();
            String counted = CountText.count(meetings.size(), "event");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> events.getText().equals("Exports the " + counted + " found by " + SEARCH + "."));
            // The size is said just after the events, in the same answer: polled between the two, it was not yet.
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(size.getText().startsWith("Writes " + counted + ","), size.getText());
        }
    }

    @Test
    void aCountForABoxSinceUntickedIsDropped(FxRobot robot) throws Exception {
        Dataset large = BundledSeeds.copiedUntilOver(ExplorerState.FILTER_AT_ONCE_LIMIT);
        try (BackgroundThread worker = new BackgroundThread("test-compute")) {
            ExplorerState state = searched(large, meetingIds(large), worker);
            CountDownLatch hold = hold(worker);
            open(robot, state, worker);
            Label events = robot.lookup("#export-data-events").queryAs(Label.class);
            Label size = robot.lookup("#export-data-size").queryAs(Label.class);
            CheckBox box = robot.lookup("#export-data-search").queryAs(CheckBox.class);

            robot.clickOn(box);
            robot.clickOn(box);
            String all = "Exports all " + CountText.count(large.events().size(), "event") + " of the dataset; "
                    + SEARCH + " does not apply.";
            assertEquals(all, events.getText());

            hold.countDown();
            // Everything queued before has run, and its answers have reached the JavaFX thread.
            CompletableFuture<Boolean> after = worker.submit(() -> true);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, after::isDone);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(all, events.getText());
            assertTrue(size.getText().startsWith("Writes " + CountText.count(large.events().size(), "event") + ","),
                    size.getText());
        }
    }

    private static Set<String> meetingIds(Dataset data) {
        return data.events().stream().filter(e -> e.kind() == EventKind.MEETING).map(Event::id)
                .collect(Collectors.toSet());
    }

    private static ExplorerState searched(Dataset data, Set<String> found, BackgroundThread worker) {
        ExplorerState state = new ExplorerState(worker);
        state.datasetProperty().set(data);
        state.searchProperty().set(new SearchResults("Sherman", List.of(), found));
        return state;
    }

    /** Holds the compute thread until the latch is counted down (at most a minute). */
    private static CountDownLatch hold(BackgroundThread worker) {
        CountDownLatch hold = new CountDownLatch(1);
        worker.submit(() -> {
            try {
                return hold.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        return hold;
    }

    private void open(FxRobot robot, ExplorerState state, BackgroundThread worker) {
        robot.interact(() -> {
            dialog = ExportDataDialog.dialog(stage, state, worker);
            dialog.show();
        });
    }
}
