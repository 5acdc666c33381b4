package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.ui.source.SourceReader;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A passage opened from the Detail pane with Enter takes the keyboard with it into the article: the
 * Detail tab hides as the Source tab comes forward, and the focus had fallen to the toolbar's first
 * button, so the arrows walked the toolbar instead of scrolling the article, and Esc no longer put an
 * enlarged panel back.
 */
@ExtendWith(FxThreadRobot.class)
class PassageTakesTheKeyboardTest {

    private ExplorerWindow w;

    @Start
    void start(Stage primary) throws Exception {
        w = ExplorerWindow.open(new Stage(), ExplorerWindow.week(), 1366, 738);
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            // the assertion after it says what was missing
        }
    }

    private Node focusOwner() {
        return w.stage.getScene().getFocusOwner();
    }

    /** The NYT's passage line of the OSCE meeting, given the focus as Tab gives it. */
    private void focusTheTimesPassage(FxRobot robot) {
        robot.interact(() -> w.state.selectedEventProperty().set("osce-vienna"));
        waitUntil(() -> robot.lookup(".detail-evidence").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("The New York Times") && l.getScene() != null));
        Label line = robot.lookup(".detail-evidence").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains("The New York Times")).findFirst().orElseThrow();
        robot.interact(line::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(focusOwner() == line, "the passage line holds the focus: " + focusOwner());
    }

    private boolean focusInTheReader() {
        for (Node n = focusOwner(); n != null; n = n.getParent()) {
            if (n instanceof SourceReader) {
                return focusOwner() instanceof ScrollPane;
            }
        }
        return false;
    }

    @Test
    void enterOnAPassageLeavesTheKeyboardInTheArticle(FxRobot robot) {
        focusTheTimesPassage(robot);
        robot.type(KeyCode.ENTER);
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        waitUntil(() -> "tab-source".equals(right.getSelectionModel().getSelectedItem().getId()) && focusInTheReader());
        assertTrue(focusInTheReader(), "the keyboard is in the article it opened, not " + focusOwner());
    }

    @Test
    void escAfterOpeningAPassageInTheEnlargedDetailPutsThePanelsBack(FxRobot robot) {
        focusTheTimesPassage(robot);
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        waitUntil(() -> w.window.enlargedPanel() != null);
        assertTrue(w.window.enlargedPanel() != null, "Ctrl+M enlarged the detail");
        robot.type(KeyCode.ENTER);
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        waitUntil(() -> "tab-source".equals(right.getSelectionModel().getSelectedItem().getId()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> w.window.enlargedPanel() == null);
        assertNull(w.window.enlargedPanel(), "Esc put the panels back; the focus was on " + focusOwner());
    }
}
