package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.export.handout.ContextPlacement;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.SourceFilter;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.Objects;

/**
 * Presenting the Post's story (F5 filtered to the Post), the Geneva talks' slide tells them in the Post's words:
 * it had said "held talks in Geneva on Monday (NYT; the Post: on Sunday and Monday …)" (decision 0131).
 */
@ExtendWith(FxThreadRobot.class)
class SlidePaperSummaryTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    private final ExplorerState state = new ExplorerState();
    private Stage owner;
    private Stage shown;

    @Start
    void start(Stage stage) {
        owner = stage;
        state.datasetProperty().set(WEEK);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (shown != null) {
            robot.interact(shown::close);
        }
    }

    @Test
    void theGenevaTalksSlideFilteredToThePostSaysWhatThePostSays(FxRobot robot) {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withSources(SourceFilter.includes("wapo"))));
        shown = Presenting.start(robot, owner, state, true, new PresentationOptions(ContextPlacement.NONE, false));
        robot.interact(() -> {
            shown.setFullScreen(false);
            shown.setWidth(1280);
            shown.setHeight(720);
            shown.requestFocus();
        });
        while (!"geneva-talks".equals(state.selectedEventProperty().get())) {
            String before = state.selectedEventProperty().get();
            robot.type(KeyCode.RIGHT);
            assertFalse(Objects.equals(before, state.selectedEventProperty().get()), "no Geneva talks slide");
        }
        SlideView slide = (SlideView) shown.getScene().getRoot();
        // The Post prints no quotation of the talks: the summary stands in the quotation's place.
        String said = slide.quoteText();
        assertTrue(said.startsWith("The Washington Post: \u201COn Sunday and Monday, Sherman held bilateral talks"), said);
        assertFalse(said.contains("NYT"), said);
        assertEquals("geneva-talks", state.selectedEventProperty().get());
    }
}
