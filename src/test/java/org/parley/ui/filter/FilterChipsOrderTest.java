package org.parley.ui.filter;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The chips of a filter stand in the Filters list's order, and keep it when one is dropped. */
@ExtendWith(FxThreadRobot.class)
class FilterChipsOrderTest {

    private ExplorerState state;
    private FilterChips chips;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        chips = new FilterChips(state);
        stage.setScene(new Scene(chips, 900, 200));
        stage.show();
    }

    @Test
    void chipsFollowTheListsOrderAndKeepItWhenOneIsDropped(FxRobot robot) throws Exception {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE
                .withActors(Set.of("sherman", "peskov", "kallas", "antonov", "stoltenberg"))
                .withKinds(Set.of(EventKind.REACTION, EventKind.MEETING, EventKind.STATEMENT))
                .withPlaces(Set.of("vienna", "geneva", "brussels"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Kind: Meeting", "Kind: Statement", "Kind: Reaction",
                "Actor: Anatoly Antonov", "Actor: Kaja Kallas", "Actor: Dmitry Peskov", "Actor: Wendy Sherman",
                "Actor: Jens Stoltenberg", "Place: Brussels", "Place: Geneva", "Place: Vienna"), texts());

        robot.clickOn("Actor: Dmitry Peskov");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !state.filterProperty().get().actors().contains("peskov"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Kind: Meeting", "Kind: Statement", "Kind: Reaction",
                "Actor: Anatoly Antonov", "Actor: Kaja Kallas", "Actor: Wendy Sherman",
                "Actor: Jens Stoltenberg", "Place: Brussels", "Place: Geneva", "Place: Vienna"), texts());
    }

    private List<String> texts() {
        return chips.getChildren().stream().map(n -> ((Button) n).getText()).toList();
    }
}
