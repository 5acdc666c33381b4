package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WindowSizeFix;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Present dialog of a filtered week, as a teacher opens it after filtering to the Brussels meeting (52 of 64
 * events, "Filtered: on 12 Jan 2022"): under openbox at 1280×720 its words ended "…where Esc leaves …" and the
 * button Enter presses read "The 52 filter…".
 */
@ExtendWith(FxThreadRobot.class)
class PresentDialogFilteredWrapsTest {

    private Stage owner;
    private PresentDialog dialog;

    @AfterAll
    static void uninstallTheFix() {
        WindowSizeFix.uninstall();
        Application.setUserAgentStylesheet(null);
    }

    @Start
    void start(Stage primary) {
        // The app's own theme: in the toolkit's default type the dialog's words had fit.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        WindowSizeFix.install();
        owner = new Stage();
        owner.setScene(new Scene(new StackPane(), 1280, 690));
        owner.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (dialog != null) {
                dialog.alert().close();
            }
            owner.close();
        });
    }

    @Test
    void theHelpAndTheStartButtonAreDrawnWhole(FxRobot robot) throws Exception {
        robot.interact(() -> {
            dialog = new PresentDialog(owner, 64, 52, null, null, false, false, PresentationOptions.DEFAULT, true,
                    new PresentDialog.Decks(new DeckContents(41, 20, 3), new DeckContents(36, 2, 1),
                            "Filtered: on 12 Jan 2022"));
            dialog.alert().show();
            Window window = dialog.alert().getDialogPane().getScene().getWindow();
            window.setWidth(200);
            window.setHeight(200);
        });
        Labeled help = robot.lookup("#presentation-help").queryAs(Labeled.class);
        Button start = dialog.defaultButton();
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> drawnWhole(help) && drawnWhole(start));
        } catch (TimeoutException notYet) {
            // Said by the assertions below, with the words as drawn.
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(help.getText(), drawn(help), "the help is drawn whole, not cut with an ellipsis");
        assertEquals(start.getText().replace("_", ""), drawn(start), "the start button's words are drawn whole");
    }

    private static boolean drawnWhole(Labeled labeled) {
        return labeled.getText().replace("_", "").equals(drawn(labeled));
    }

    private static String drawn(Labeled labeled) {
        return ((Text) labeled.lookup(".text")).getText();
    }
}
