package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The list of keys over a slide names the keys that bring it up: H shows it, as Help → Keyboard shortcuts says
 * ("F1 or H"), but the list a presenter reads said only "F1  these keys".
 */
@ExtendWith(FxThreadRobot.class)
class SlideKeysListTest {

    private final ExplorerState state = new ExplorerState();
    private Stage owner;
    private Stage shown;

    @Start
    void start(Stage stage) {
        owner = stage;
        state.datasetProperty().set(BundledSeeds.dataset());
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closePresentation(FxRobot robot) {
        if (shown != null) {
            robot.interact(shown::close);
        }
    }

    @Test
    void hShowsTheKeysAndTheListSaysSo(FxRobot robot) {
        shown = Presenting.start(robot, owner, state, false);
        robot.interact(() -> shown.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        SlideView slide = (SlideView) shown.getScene().getRoot();

        robot.type(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(slide.keysShown(), "H brings up the list of keys");
        String keysOfTheList = Arrays.stream(SlideView.KEYS.split("\n")).filter(row -> row.endsWith("\tthese keys"))
                .map(row -> row.substring(0, row.indexOf('\t'))).findFirst().orElseThrow();
        List<String> keys = Arrays.stream(keysOfTheList.split("\\s+")).toList();
        assertTrue(keys.contains("F1") && keys.contains("H"), "the list names the keys that show it: " + keys);
        assertEquals(1, Arrays.stream(SlideView.KEYS.split("\n")).filter(row -> row.endsWith("\tthese keys")).count());
    }
}
