package org.parley.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.EventFilter;
import org.parley.seed.BundledSeeds;
import org.parley.ui.actors.ActorPanel;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An actor chosen in the Actors tab who has no event to show: the Detail pane had gone on saying "Select an event…",
 * as if the click had done nothing. It says who the actor is, and why no event is shown.
 */
@ExtendWith(FxThreadRobot.class)
class DetailPaneActorWithoutEventTest {

    private ExplorerState state;
    private DetailPane detail;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        detail = new DetailPane(state);
        detail.setPrefWidth(380);
        stage.setScene(new Scene(new HBox(new ActorPanel(state), detail), 800, 600));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private String shown() {
        return detail.lookupAll(".label").stream().map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
    }

    private void choose(FxRobot robot, String typed, String name) {
        robot.clickOn("#actorSearch").write(typed);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(name).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("the list never showed " + name, e);
        }
        robot.clickOn(name);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForText(String part) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown().contains(part));
        } catch (TimeoutException e) {
            throw new AssertionError("the Detail pane never said \"" + part + "\"; it shows:\n" + shown(), e);
        }
    }

    @Test
    void anActorInNoEventIsDescribedAndTheDetailSaysNoEventNamesThem(FxRobot robot) {
        choose(robot, "Hoslet", "Olivier Hoslet");
        assertEquals("olivier-hoslet", state.selectedActorProperty().get());
        assertNull(state.selectedEventProperty().get());
        waitForText("Olivier Hoslet");
        assertTrue(shown().contains("Photographer"), shown());
        assertTrue(shown().contains("No event of this dataset names Olivier Hoslet"), shown());
    }

    @Test
    void anActorWhoseEventsTheFiltersHideIsDescribedAndTheFiltersNamed(FxRobot robot) {
        // No event of the week or its background falls in 2003.
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withRange(
                Instant.parse("2003-06-01T00:00:00Z"), Instant.parse("2003-06-02T00:00:00Z"))));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> state.chooseActor("grushko"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(state.selectedEventProperty().get());
        waitForText("The filters hide");
        assertTrue(shown().contains("Alexander Grushko") || shown().contains("Grushko"), shown());
        robot.clickOn("#detail-actor-clear-filters");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EventFilter.NONE, state.filterProperty().get());
    }
}
