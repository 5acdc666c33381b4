package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
 * The Present dialog's words (what the deck holds, the keys) are read whole under a window manager:
 * under openbox they had been cut to one line, "The focus period, one event a slide (41 slides); then
 * the backgroun…", one opening in two.
 */
@ExtendWith(FxThreadRobot.class)
class PresentDialogWrapsTest {

    private Stage owner;
    private PresentDialog dialog;

    /** The classes after this one show their own scenes on the shared stage: the fix stays with this class. */
    @AfterAll
    static void uninstallTheFix() {
        WindowSizeFix.uninstall();
    }

    @Start
    void start(Stage primary) {
        WindowSizeFix.install();
        // An owner of its own: the fix sizes a window it sees shown, and the shared primary stage, once sized so,
        // kept 1000 × 600 for the slides the classes after this one show at 1280 × 720 (ci172).
        owner = new Stage();
        owner.setScene(new Scene(new StackPane(), 1000, 600));
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
    void theHelpIsDrawnWholeAfterTheWindowManagersFirstSize(FxRobot robot) throws Exception {
        DeckContents deck = new DeckContents(41, 20, 3);
        robot.interact(() -> {
            dialog = new PresentDialog(owner, 64, 64, null, null, false, false, PresentationOptions.DEFAULT, true,
                    new PresentDialog.Decks(deck, deck, null));
            dialog.alert().show();
            // What openbox does to a window JavaFX maps: it first gets 200 × 200, whatever it asked for.
            Window window = dialog.alert().getDialogPane().getScene().getWindow();
            window.setWidth(200);
            window.setHeight(200);
        });
        Label help = robot.lookup("#presentation-help").queryAs(Label.class);
        Text drawn = (Text) help.lookup(".text");
        // The dialog is sized again after its first pulse and twice in its first second (WindowSizeFix):
        // the last of them must leave the words whole.
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> help.getText().equals(drawn.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(help.getText(), drawn.getText(), "the help is drawn whole, wrapped, not cut with an ellipsis");
    }
}
