package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.export.handout.ContextPlacement;
import org.parley.export.handout.PositionsSummary;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The teacher's screen while the class sees the slides: it drives them with the keys a clicker
 * sends whichever window has the focus, says when a quotation is held back, never moves the class
 * on with a click of its own, and its type grows with the screen.
 */
@ExtendWith(FxThreadRobot.class)
class PresenterViewTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    private final ExplorerState state = new ExplorerState();
    private final List<Step> steps = Steps.of(WEEK, WEEK.events(), ContextPlacement.NONE);
    private Stage teacher;
    private Presentation presentation;
    private PresenterView view;

    @Start
    void start(Stage stage) {
        teacher = stage;
        state.datasetProperty().set(WEEK);
    }

    @AfterEach
    void close(FxRobot robot) {
        if (presentation != null) {
            robot.interact(presentation::dispose);
        }
    }

    /** A presentation with "reveal" on, its presenter view on the test's stage, at the first quoted step. */
    private Step presentAtFirstQuote(FxRobot robot, double width, double height) {
        Step quoted = steps.stream().filter(Step::hasQuote).findFirst().orElseThrow();
        robot.interact(() -> {
            presentation = new Presentation(state, steps, true, ProjectedBasemap::europe);
            view = new PresenterView(WEEK, () -> LocalTime.of(9, 0));
            Scene scene = new Scene(view, width, height);
            presentation.installKeys(scene);
            presentation.attach(view);
            teacher.setScene(scene);
            teacher.show();
            teacher.requestFocus();
        });
        for (int i = 1; i < quoted.number(); i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return quoted;
    }

    @Test
    void aClickersKeysOnTheTeachersScreenDriveTheSlidesAndTheHeldQuotationIsAnnounced(FxRobot robot) {
        Step quoted = presentAtFirstQuote(robot, 1100, 700);
        assertEquals(quoted.number(), presentation.deck().current().number(), "PageDown moved the deck on");
        assertTrue(view.currentLabel().getText().contains(quoted.title()), view.currentLabel().getText());
        assertTrue(presentation.slide().quoteHidden(), "the class does not see the quotation yet");
        assertTrue(view.revealLabel().isVisible(), "the teacher is told the next click shows it");
        robot.type(KeyCode.PAGE_DOWN);
        assertFalse(presentation.slide().quoteHidden(), "shown to the class");
        assertFalse(view.revealLabel().isVisible(), "and no longer announced");
        assertEquals(quoted.number(), presentation.deck().current().number(), "still the same step");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(quoted.number() + 1, presentation.deck().current().number(), "then on");
    }

    @Test
    void theTeachersScreenFollowsTheClassOntoThePositionsBoardAndBack(FxRobot robot) {
        presentAtFirstQuote(robot, 1100, 700);
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.nextLabel().getText().contains("positions board"), view.nextLabel().getText());
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.currentLabel().getText().startsWith(PositionsSummary.HEADING), view.currentLabel().getText());
        assertFalse(view.lookup("#presenter-quote").isVisible(), "no step's quotation under the board");
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        Step last = steps.get(steps.size() - 1);
        assertTrue(view.currentLabel().getText().contains(last.title()), "back on the last step: " + view.currentLabel().getText());
    }

    @Test
    void aClickOnTheTeachersScreenDoesNotMoveTheClassOn(FxRobot robot) {
        Step quoted = presentAtFirstQuote(robot, 1100, 700);
        robot.clickOn(view.nextLabel());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(quoted.number(), presentation.deck().current().number());
        assertTrue(presentation.slide().quoteHidden(), "not even the held quotation");
    }

    @Test
    void theClockKeepsOneLineBesideALongTitle(FxRobot robot) {
        Step longest = steps.stream().max(Comparator.comparingInt(s -> s.title().length())).orElseThrow();
        presentAtFirstQuote(robot, 900, 600);
        robot.interact(() -> view.show(longest, null, false));
        WaitForAsyncUtils.waitForFxEvents();
        double size = view.clockLabel().getFont().getSize();
        assertTrue(view.clockLabel().getHeight() < 1.8 * size,
                "clock " + view.clockLabel().getHeight() + " px high at " + size + " px type");
        assertTrue(view.currentLabel().getHeight() > 1.8 * view.currentLabel().getFont().getSize(),
                "the title wraps instead");
    }

    @Test
    void typeGrowsWithTheTeachersScreen(FxRobot robot) {
        presentAtFirstQuote(robot, 1100, 700);
        double small = view.nextLabel().getFont().getSize();
        PresenterView[] big = new PresenterView[1];
        robot.interact(() -> {
            big[0] = new PresenterView(WEEK, () -> LocalTime.of(9, 0));
            new Scene(big[0]);
            big[0].show(steps.get(0), steps.get(1), false);
            // What a 1920×1080 window does to its root; the headless screen is smaller than that.
            big[0].resize(1920, 1080);
            big[0].applyCss();
            big[0].layout();
        });
        assertEquals(1.5 * small, big[0].nextLabel().getFont().getSize(), 0.01, "1080 is 1.5 times 720");
        assertTrue(big[0].evidenceTexts().size() > 0);
    }
}
