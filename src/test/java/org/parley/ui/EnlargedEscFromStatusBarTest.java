package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Esc puts an enlarged panel back wherever the keyboard is, as its bar says: in the enlarged network, after a
 * line was chosen and "Show only what they share" clicked in the status bar, the keyboard stayed on the status
 * bar's links, and Esc, pressed twice, did nothing at all.
 */
@ExtendWith(FxThreadRobot.class)
class EnlargedEscFromStatusBarTest {

    private ExplorerWindow w;

    @Start
    void start(Stage primary) throws Exception {
        w = ExplorerWindow.open(new Stage(), ExplorerWindow.week(), 1366, 738);
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void escFromTheStatusBarPutsTheEnlargedPanelBack(FxRobot robot) {
        robot.interact(() -> {
            w.window.map().requestFocus();
            w.window.togglePanelEnlarged();
            w.state.chooseLink("sherman", "russia");
        });
        settle();
        assertNotNull(w.window.enlargedPanel(), "the map enlarged");

        robot.clickOn("#status-pair-filter");
        settle();
        assertTrue(w.state.isFilteredToChosenLink(), "filtered to what the two share");
        assertTrue(robot.lookup("#status-pair-let-go").queryAs(Hyperlink.class).getScene().getFocusOwner()
                instanceof Hyperlink, "the keyboard is on the status bar's links");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();

        assertNull(w.window.enlargedPanel(), "Esc put the panel back");
        assertTrue(w.state.isFilteredToChosenLink(), "and left the filter alone");
        assertNotNull(w.state.selectedPartnerProperty().get(), "and the chosen line");
    }
}
