package org.parley.ui;

import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.ui.support.DialogKeys;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.SuperKeys;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keys held with Super are the window manager's (tiling a window with Super+arrows): Super+Right moved the
 * timeline's selection to the next event as the window was tiled, and the Detail pane changed under the user.
 */
@ExtendWith(FxThreadRobot.class)
class SuperKeysTest {

    private Stage stage;
    private Dataset data;

    @Start
    void start(Stage primary) throws Exception {
        this.stage = new Stage();
        this.data = ExplorerWindow.week();
    }

    @Test
    void superWithAnArrowLeavesTheTimelinesSelectionWherePlainArrowsMoveIt(FxRobot robot) {
        ExplorerWindow[] w = new ExplorerWindow[1];
        robot.interact(() -> w[0] = ExplorerWindow.open(stage, data, 1280, 720));
        List<Event> order = data.eventsInNarrativeOrder();
        robot.interact(() -> w[0].state.selectedEventProperty().set(order.get(10).id()));
        robot.press(KeyCode.ALT).press(KeyCode.DIGIT1).release(KeyCode.DIGIT1).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(w[0].window.timeline().isFocused(), "Alt+1 focuses the timeline");

        robot.press(KeyCode.WINDOWS).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.WINDOWS);
        robot.press(KeyCode.WINDOWS).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.WINDOWS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(order.get(10).id(), w[0].state.selectedEventProperty().get(), "Super+arrows are left alone");

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!order.get(10).id().equals(w[0].state.selectedEventProperty().get()), "a plain arrow still moves");
        robot.interact(stage::close);
    }

    /**
     * Parley's dialogs answer Enter with their default button wherever the focus is: Super+Enter, the window
     * manager's (a terminal on many tiling desktops), started the export or the presentation as well.
     */
    @Test
    void superWithEnterLeavesADialogUnansweredWherePlainEnterAnswersIt(FxRobot robot) {
        int[] answered = new int[1];
        Dialog<?>[] dialog = new Dialog<?>[1];
        robot.interact(() -> {
            SuperKeys.installEverywhere();
            Dialog<ButtonType> d = new Dialog<>();
            stage.setScene(new Scene(new Pane(), 300, 200));
            d.initOwner(stage);
            d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
            CheckBox box = new CheckBox("Only the filtered events");
            d.getDialogPane().setContent(box);
            Button ok = (Button) d.getDialogPane()
                    .lookupButton(ButtonType.OK);
            ok.addEventFilter(ActionEvent.ACTION, e -> {
                answered[0]++;
                e.consume();
            });
            DialogKeys.enterFires(d.getDialogPane(), ok,
                    Set.of(KeyCode.PAGE_DOWN, KeyCode.F5), () -> false);
            d.setOnShown(e -> box.requestFocus());
            dialog[0] = d;
            stage.show();
            d.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.WINDOWS).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.WINDOWS);
        robot.press(KeyCode.WINDOWS).press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN).release(KeyCode.WINDOWS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, answered[0], "Super+Enter and Super+Page Down are the window manager's");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, answered[0], "a plain Enter still answers");
        robot.interact(() -> {
            dialog[0].getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
            dialog[0].close();
            stage.close();
        });
    }
}
