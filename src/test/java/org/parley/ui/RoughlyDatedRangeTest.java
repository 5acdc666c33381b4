package org.parley.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Precision;
import org.parley.seed.BundledSeeds;
import org.parley.ui.filter.FilterPane;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "What happened on 12 January": a one-day range keeps the events dated to that day, says how many dated only to
 * the month overlap it, and one switch includes them (decision 0167). It kept 52 of the week's 64 unsaid.
 */
@ExtendWith(FxThreadRobot.class)
class RoughlyDatedRangeTest {

    private final ExplorerState state = new ExplorerState();
    private Dataset data;

    @Start
    void start(Stage primary) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        data = BundledSeeds.dataset();
        state.datasetProperty().set(data);
        FilterPane pane = new FilterPane(state);
        StatusBar bar = new StatusBar(state);
        VBox.setVgrow(pane, Priority.ALWAYS);
        Stage stage = new Stage(); // the shared primary stage keeps its size for the next class
        stage.setScene(new Scene(new VBox(pane, bar), 1100, 700));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void oneDayKeepsItsOwnEventsAndSaysHowManyMonthDatedOverlapIt(FxRobot robot) {
        robot.clickOn("#range-from").eraseText(12).write("2022-01-12").type(KeyCode.ENTER);
        robot.clickOn("#range-to").eraseText(12).write("2022-01-12").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<Event> shown = state.visibleEventsProperty().get();
        long ofTheDay = data.events().stream().filter(e -> e.time().precision().atLeast(Precision.DAY)
                && !e.time().startDate().isAfter(LocalDate.of(2022, 1, 12))
                && !e.time().lastDate().isBefore(LocalDate.of(2022, 1, 12))).count();
        assertEquals(36, ofTheDay, "the week's events dated to the 12th");
        assertEquals(36, shown.size(), "only the events dated to the 12th: " + shown.stream()
                .filter(e -> !e.time().precision().atLeast(Precision.DAY)).map(Event::id).toList());
        assertEquals("36 of 64 events shown", text(robot, "#status-counts"));
        assertEquals("(16 more dated only to a month or coarser overlap these days)", text(robot, "#status-roughly-dated"));
        CheckBox include = robot.lookup("#range-roughly-dated").queryAs(CheckBox.class);
        assertFalse(include.isSelected());

        robot.clickOn("#status-roughly-dated-switch");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("52 of 64 events shown", text(robot, "#status-counts"));
        assertEquals("(16 of them dated only to a month or coarser)", text(robot, "#status-roughly-dated"));
        assertTrue(include.isSelected(), "the Filters pane's switch follows");
        assertEquals(List.of("Time: 2022-01-12, with the roughly dated"), chips(robot),
                "the chip says the range keeps them, as it is read at a glance");

        robot.clickOn("#range-roughly-dated");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("36 of 64 events shown", text(robot, "#status-counts"));

        // The whole month keeps them without asking: they lie within it.
        robot.interact(() -> state.filterProperty().set(state.filterProperty().get().withRange(
                LocalDate.of(2022, 1, 1).atStartOfDay(data.zone()).toInstant(),
                LocalDate.of(2022, 2, 1).atStartOfDay(data.zone()).toInstant())));
        assertEquals(57, state.visibleEventsProperty().get().size(), "every event of January 2022");
        assertEquals("", text(robot, "#status-roughly-dated"), "nothing left out to say");
    }

    private static List<String> chips(FxRobot robot) {
        return robot.lookup(".chip").queryAllAs(Button.class).stream().map(Button::getText).toList();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
