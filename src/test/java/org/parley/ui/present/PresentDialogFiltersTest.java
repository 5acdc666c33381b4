package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * F5 with a filter on: the Present dialog names the filters that chose "the N filtered events", in
 * the slides' words, and says what that deck holds. It had named no filter, and promised "the
 * background and what comes next" to a deck of Jens Stoltenberg's events, which has neither.
 */
@ExtendWith(FxThreadRobot.class)
class PresentDialogFiltersTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    private final ExplorerState state = new ExplorerState();
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        state.datasetProperty().set(WEEK);
        stage.setScene(new Scene(new StackPane(), 1280, 720));
        stage.show();
    }

    private DialogPane ask(FxRobot robot, EventFilter filter) {
        robot.interact(() -> state.filterProperty().set(filter));
        Platform.runLater(() -> PresentationMode.ask(owner, state));
        // The dialog waits for the decks, counted on the compute thread.
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#presentation-start").tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("the Present dialog did not open", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#presentation-start").queryAs(DialogPane.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void anActorsDeckIsNamedAndPromisesNoBackground(FxRobot robot) {
        ask(robot, EventFilter.NONE.withActors(Set.of("stoltenberg")));
        try {
            Label filters = robot.lookup("#presentation-filters").queryAs(Label.class);
            assertTrue(filters.isVisible());
            assertEquals("Filtered: actor Jens Stoltenberg", filters.getText());
            String help = text(robot, "#presentation-help");
            assertFalse(help.contains("then the background"), help);
            assertTrue(help.startsWith("The "), help);
            assertTrue(help.contains("no background and nothing of what comes next among them"), help);
            assertTrue(help.contains("All " + WEEK.events().size() + " events add the background and what comes next"),
                    help);
        } finally {
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void aDaysDeckIsNamedAsItsSlidesNameIt(FxRobot robot) {
        LocalDate monday = LocalDate.of(2022, 1, 10);
        ask(robot, EventFilter.NONE.withRange(monday.atStartOfDay(WEEK.zone()).toInstant(),
                monday.plusDays(1).atStartOfDay(WEEK.zone()).toInstant()));
        try {
            assertEquals("Filtered: on 10 Jan 2022; 16 events dated only to a month or coarser left out",
                    text(robot, "#presentation-filters"));
        } finally {
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** A long list of filters wraps within a dialog that still fits a 1280×720 projector. */
    @Test
    void manyFiltersFitAProjectorsScreen(FxRobot robot) {
        Set<String> actors = Set.of("stoltenberg", "sherman", "grushko", "ryabkov", "fomin", "blinken", "lavrov");
        DialogPane pane = ask(robot, EventFilter.NONE.withActors(actors.stream()
                        .filter(id -> WEEK.actor(id).isPresent()).collect(Collectors.toSet()))
                .withKinds(Set.of(EventKind.MEETING, EventKind.STATEMENT)));
        try {
            Label filters = robot.lookup("#presentation-filters").queryAs(Label.class);
            assertTrue(filters.getText().startsWith("Filtered: actors "), filters.getText());
            assertTrue(pane.getScene().getWindow().getHeight() <= 720, "dialog " + pane.getScene().getWindow().getHeight());
            assertTrue(pane.getScene().getWindow().getWidth() <= 1280, "dialog " + pane.getScene().getWindow().getWidth());
            assertTrue(filters.getHeight() >= filters.prefHeight(filters.getWidth()) - 0.5, "not cut: " + filters.getHeight());
        } finally {
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
