package org.parley.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.export.DataFormat;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Export data… opened from the keyboard: the focus started on OK, so Enter, pressed to go on to the
 * choice of format, exported the format offered at once. It starts on the Format box, as the image export
 * dialog's starts on its first choice.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDataDialogFocusTest {

    private Stage stage;
    private Dialog<ExportDataDialog.Choice> dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new Label("owner"), 300, 200));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            dialog.setResult(null);
            dialog.close();
        });
    }

    @SuppressWarnings("unchecked")
    @Test
    void theFocusStartsOnTheFormatAndTheArrowsChooseOne(FxRobot robot) throws Exception {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        robot.interact(() -> dialog = ExportDataDialog.dialog(stage, state));
        // Shown and waited for, as File → Export data… does: the dialog says it is shown before its window is,
        // and a focus asked for then had been taken back by OK (a plain show() had passed).
        javafx.application.Platform.runLater(dialog::showAndWait);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, dialog::isShowing);
        ComboBox<DataFormat> format = robot.lookup("#export-data-format").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, format::isFocused);
        // The format chosen last is offered; CSV has a next one to move to, whichever test ran before.
        robot.interact(() -> format.setValue(DataFormat.CSV));
        DataFormat offered = format.getValue();

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialog.isShowing(), "an arrow key chooses; it does not answer the dialog");
        assertNotEquals(offered, format.getValue(), "Down chose the next format");
        DataFormat chosen = format.getValue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertEquals(chosen, dialog.getResult().format(), "Enter exports the format chosen with the keys");
    }
}
