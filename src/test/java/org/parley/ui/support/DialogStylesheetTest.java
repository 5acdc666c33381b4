package org.parley.ui.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A dialog opened after the install has the main window's stylesheet, so Tab shows a ring on its check box. */
@ExtendWith(FxThreadRobot.class)
class DialogStylesheetTest {

    private static final String MAIN_CSS = MainWindow.class.getResource("main.css").toExternalForm();
    private Runnable uninstall = () -> { };

    @Start
    void start(Stage stage) {
        // The ring's colour is the theme's, as in the app.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        uninstall = DialogStylesheet.install(MAIN_CSS);
        stage.setScene(new Scene(new VBox(), 100, 100));
        stage.show();
    }

    @Test
    void aWindowOpenedLaterGetsTheStylesheetAndItsCheckBoxAFocusRing(FxRobot robot) {
        TextField first = new TextField();
        CheckBox box = new CheckBox("Apply current filters");
        Stage[] dialog = new Stage[1];
        robot.interact(() -> {
            dialog[0] = new Stage();
            dialog[0].setScene(new Scene(new VBox(8, first, box), 300, 120));
            dialog[0].show();
            first.requestFocus();
        });
        try {
            assertTrue(dialog[0].getScene().getStylesheets().contains(MAIN_CSS));
            assertFalse(hasRing(box), "no ring before it has the focus");
            robot.interact(box::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> box.applyCss());
            assertTrue(box.isFocused());
            assertTrue(hasRing(box), "a ring once Tab or a click gives it the focus");
        } finally {
            robot.interact(dialog[0]::close);
            // Other test classes in this JVM open windows of their own, which must stay as they were.
            robot.interact(uninstall);
        }
    }

    private static boolean hasRing(CheckBox box) {
        return box.getBorder() != null && !box.getBorder().getStrokes().isEmpty();
    }
}
