package org.parley.ui.divergence;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class DivergenceListTest {

    private final ExplorerState state = new ExplorerState();
    private final Dataset week = BundledSeeds.dataset();

    @Start
    void start(Stage stage) {
        state.datasetProperty().set(week);
        stage.setScene(new Scene(new DivergenceList(state), 480, 700));
        stage.show();
    }

    @Test
    void listsEveryDivergenceWithBothPapersWords(FxRobot robot) {
        assertEquals(week.divergences().size(), robot.lookup("." + DivergenceList.CARD_STYLE_CLASS).queryAll().size());
        Divergence first = week.divergences().get(0);
        String reading = first.readings().get(0).text().strip();
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains(reading)), "a reading is shown in the paper's words");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("The New York Times: ")));
    }

    @Test
    void choosingADivergenceSelectsItsEvent(FxRobot robot) {
        Divergence first = week.divergences().get(0);
        robot.clickOn(robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(first.topic())).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.events().get(0), state.selectedEventProperty().get());
        assertTrue(robot.lookup("." + DivergenceList.CARD_STYLE_CLASS).queryAll().stream()
                .anyMatch(n -> n.getPseudoClassStates().toString().contains("current")), "its card is marked");
    }
}
