package org.parley.ui.support;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A modal dialog under openbox un-maximizes the window it disables (JavaFX 21 on GTK): the window
 * is maximized again when the dialog closes, and a window that was not maximized is left alone.
 */
@ExtendWith(FxThreadRobot.class)
class MaximizedAfterDialogsTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MaximizedAfterDialogs.install();
        stage.setScene(new Scene(new Label("owner"), 800, 600));
        stage.show();
    }

    private Alert showAbout(FxRobot robot) {
        Alert[] about = new Alert[1];
        robot.interact(() -> {
            about[0] = new Alert(Alert.AlertType.INFORMATION, "About this dataset");
            about[0].initOwner(stage);
            about[0].show();
        });
        return about[0];
    }

    @Test
    void aWindowRestoredBehindAModalDialogIsMaximizedAgainWhenItCloses(FxRobot robot) {
        robot.interact(() -> stage.setMaximized(true));
        Alert about = showAbout(robot);
        // What openbox does to the maximized owner of a modal dialog.
        robot.interact(() -> stage.setMaximized(false));

        robot.interact(about::close);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(stage.isMaximized(), "the window has its whole screen back");
    }

    /**
     * Dialogs in a row (the handout's, its file chooser, "Handout saved"): the window restored behind
     * the first was no longer maximized when the last opened, and stayed restored after it.
     */
    @Test
    void aWindowRestoredBehindOneDialogIsMaximizedAfterTheNextToo(FxRobot robot) {
        robot.interact(() -> stage.setMaximized(true));
        Alert first = showAbout(robot);
        robot.interact(() -> stage.setMaximized(false));
        Alert[] second = new Alert[1];
        robot.interact(() -> {
            first.close();
            second[0] = new Alert(Alert.AlertType.INFORMATION, "Handout saved");
            second[0].initOwner(stage);
            second[0].show();
        });
        // The window manager restores it again behind the second dialog.
        robot.interact(() -> stage.setMaximized(false));

        robot.interact(second[0]::close);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(stage.isMaximized(), "the window has its whole screen back");
    }

    /** Restored by the user, with no dialog up, a window stays restored after the next dialog. */
    @Test
    void aWindowTheUserRestoredStaysRestored(FxRobot robot) {
        robot.interact(() -> stage.setMaximized(true));
        robot.interact(() -> stage.setMaximized(false));
        Alert about = showAbout(robot);

        robot.interact(about::close);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(stage.isMaximized());
    }

    /** While the dialog is up, the restored window is stretched over the screen, not left shoved aside. */
    @Test
    void aWindowRestoredBehindAModalDialogFillsTheScreenWhileItIsUp(FxRobot robot) {
        robot.interact(() -> stage.setMaximized(true));
        Alert about = showAbout(robot);
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setX(42);
            stage.setY(80);
            stage.setWidth(400);
            stage.setHeight(300);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        try {
            assertTrue(stage.getX() <= area.getMinX() + 1 && stage.getWidth() >= area.getWidth() - 1,
                    stage.getX() + " " + stage.getWidth() + " in " + area);
        } finally {
            robot.interact(about::close);
        }
    }

    @Test
    void aWindowThatWasNotMaximizedIsLeftAsItWas(FxRobot robot) {
        robot.interact(() -> stage.setMaximized(false));
        Alert about = showAbout(robot);

        robot.interact(about::close);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(stage.isMaximized());
    }
}
