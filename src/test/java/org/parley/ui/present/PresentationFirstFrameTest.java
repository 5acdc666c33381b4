package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The first slide is not kept waiting for the main window: the explorer's selection, which its map,
 * table and timeline answer on the JavaFX thread, follows the slides only once they have shown.
 */
@ExtendWith(FxThreadRobot.class)
class PresentationFirstFrameTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final List<Step> ALL = Steps.all(WEEK);

    private final ExplorerState state = new ExplorerState();
    /** Each selection the explorer was given, with whether the slides were showing then. */
    private final List<String> selections = new ArrayList<>();
    private Stage owner;
    private Stage shown;

    @Start
    void start(Stage stage) {
        owner = stage;
        state.datasetProperty().set(WEEK);
        state.selectedEventProperty().addListener((o, was, now) ->
                selections.add(now + (slidesShowing() ? " after the slides" : " before the slides")));
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closePresentation(FxRobot robot) {
        if (shown != null) {
            robot.interact(shown::close);
        }
    }

    private static boolean slidesShowing() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && PresentationMode.STAGE_TITLE.equals(s.getTitle()) && s.isShowing());
    }

    @Test
    void theExplorerFollowsTheFirstSlideOnlyOnceItShows(FxRobot robot) {
        shown = Presenting.start(robot, owner, state, false);
        assertNotNull(shown);
        assertEquals(List.of(ALL.get(0).event().id() + " after the slides"), selections);
    }

    @Test
    void startingAtAnEventSelectsThatEventOnceAndOnlyAfterTheSlidesShow(FxRobot robot) {
        String third = ALL.get(2).event().id();
        shown = Presenting.start(robot, owner, state, false,
                new PresentationOptions(PresentationOptions.DEFAULT.context(), false, third));
        assertEquals(List.of(third + " after the slides"), selections,
                "step 1 was not selected on the way to the step asked for");
    }
}
