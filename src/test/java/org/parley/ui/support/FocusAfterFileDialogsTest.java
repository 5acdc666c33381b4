package org.parley.ui.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.glass.events.WindowEvent;
import com.sun.glass.ui.Window;
import com.sun.javafx.stage.WindowHelper;
import java.lang.reflect.Method;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a system file dialog the keyboard is the window's that opened it again, on the control that had it:
 * under openbox, after a handout was saved, F5, Enter, End and the arrows went nowhere until a click.
 */
@ExtendWith(FxThreadRobot.class)
class FocusAfterFileDialogsTest {

    private Stage stage;
    private Button timeline;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        timeline = new Button("timeline");
        stage.setScene(new Scene(new VBox(new Button("toolbar"), timeline), 300, 200));
        stage.show();
    }

    @Test
    void theWindowThatOpenedTheDialogHasTheKeyboardBack(FxRobot robot) {
        robot.interact(() -> {
            stage.requestFocus();
            timeline.requestFocus();
        });
        robot.interact(() -> FileDialogs.show(stage, () -> {
            // The system dialog took the keyboard, and the window manager did not give it back when it closed.
            windowManagerTakesTheKeyboardFrom(stage);
            return null;
        }));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(stage.isFocused(), "the window that opened the file dialog has the keyboard");
        assertSame(timeline, stage.getScene().getFocusOwner(), "on the control that had it before");
        assertTrue(timeline.isFocused(), "which shows its focus ring");
    }

    /**
     * What the toolkit hears when the window manager moves the keyboard to another window (a focus-out
     * for the window), told to the toolkit's own window as the GTK backend tells it.
     */
    private static void windowManagerTakesTheKeyboardFrom(Stage stage) {
        try {
            Object peer = WindowHelper.getPeer(stage);
            Method platformWindow = peer.getClass().getDeclaredMethod("getPlatformWindow");
            platformWindow.setAccessible(true);
            Object glass = platformWindow.invoke(peer);
            Method notifyFocus = Window.class.getDeclaredMethod("notifyFocus", int.class);
            notifyFocus.setAccessible(true);
            notifyFocus.invoke(glass, WindowEvent.FOCUS_LOST);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        assertFalse(stage.isFocused(), "the window has lost the keyboard");
    }
}
