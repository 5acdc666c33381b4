package org.parley.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.seed.BundledSeeds;
import org.parley.ui.filter.FilterPane;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.OwnStage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Filters that keep none of the week's events are said on the lanes, which had only gone blank. */
@ExtendWith(FxThreadRobot.class)
class TimelineEmptyNoteTest {

    private ExplorerState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        FilterPane filters = new FilterPane(state);
        filters.setPrefWidth(380);
        view = new TimelineView(state);
        view.setPrefWidth(900);
        stage.setScene(new Scene(new HBox(filters, view), 1280, 700));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    /** On a busy machine the first layout took seconds, and blank lanes had looked like a dataset without events. */
    @Test
    void untilTheEventsAreReadAndLaidOutTheLanesSaySo(FxRobot robot) throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        // The one compute thread kept busy, as a loaded machine keeps it.
        BackgroundThread.compute().submit(() -> {
            try {
                hold.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        ExplorerState starting = new ExplorerState();
        try (OwnStage own = OwnStage.show(robot, () -> new TimelineView(starting), 900, 500)) {
            Label note = robot.from(own.root()).lookup("#timeline-empty").queryAs(Label.class);
            assertTrue(note.isVisible());
            assertEquals("Reading the events…", note.getText());
            robot.interact(() -> starting.datasetProperty().set(BundledSeeds.dataset()));
            assertTrue(note.isVisible());
            assertEquals("Laying out the events…", note.getText());
            hold.countDown();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !note.isVisible());
        } finally {
            hold.countDown();
        }
    }

    @Test
    void daysWithoutAnEventSayNoEventMatchesOnTheLanes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.layoutDataset() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label note = robot.lookup("#timeline-empty").queryAs(Label.class);
        assertFalse(note.isVisible(), "the whole week is drawn: nothing to say");

        // No event of the week or its background falls in 2003.
        robot.clickOn("#range-from").eraseText(12).write("2003-06-01").type(KeyCode.ENTER);
        robot.clickOn("#range-to").eraseText(12).write("2003-06-02").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(state.visibleEventsProperty().get().isEmpty());
        assertTrue(note.isVisible(), "the blank lanes say why");
        assertEquals("No events match the filters.", note.getText());
        Bounds lanes = view.localToScene(view.getLayoutBounds());
        Bounds said = note.localToScene(note.getLayoutBounds());
        assertTrue(said.getWidth() > 0 && lanes.contains(said), "on the lanes, whole: " + said + " in " + lanes);

        robot.clickOn("#range-to").push(KeyCode.CONTROL, KeyCode.A).write("2022-01-12").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(state.visibleEventsProperty().get().isEmpty());
        assertFalse(note.isVisible(), "gone once an event is back");
    }
}
