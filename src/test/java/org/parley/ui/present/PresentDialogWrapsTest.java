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
 * The Present dialog's words (what the deck holds, the keys) and its buttons are read whole under a window manager,
 * in the app's own theme (in the toolkit's default type they had fit): under openbox they had been cut to one line,
 * "The focus period, one event a slide (41 slides); then the backgroun…", one opening in two; and for a filtered
 * week at 1280×720 (52 of 64 events, "Filtered: on 12 Jan 2022") the words ended "…where Esc leaves …" and the
 * button Enter presses read "The 52 filter…".
 */
@ExtendWith(FxThreadRobot.class)
class PresentDialogWrapsTest {

    private Stage owner;
    private PresentDialog dialog;

    /** The classes after this one show their own scenes on the shared stage: the fix and the theme stay here. */
    @AfterAll
    static void uninstallTheFix() {
        WindowSizeFix.uninstall();
        Application.setUserAgentStylesheet(null);
    }

    @Start
    void start(Stage primary) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        WindowSizeFix.install();
        // An owner of its own: the fix sizes a window it sees shown, and the shared primary stage, once sized so,
        // kept 1000 × 600 for the slides the classes after this one show at 1280 × 720 (ci172).
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
    void theHelpIsDrawnWholeAfterTheWindowManagersFirstSize(FxRobot robot) throws Exception {
        DeckContents deck = new DeckContents(41, 20, 3);
        open(robot, new PresentDialog.Decks(deck, deck, null), 64);
        Labeled help = robot.lookup("#presentation-help").queryAs(Labeled.class);
        assertEquals(help.getText(), drawn(help), "the help is drawn whole, wrapped, not cut with an ellipsis");
    }

    @Test
    void aFilteredWeeksHelpAndStartButtonAreDrawnWhole(FxRobot robot) throws Exception {
        open(robot, new PresentDialog.Decks(new DeckContents(41, 20, 3), new DeckContents(36, 2, 1),
                "Filtered: on 12 Jan 2022"), 52);
        Labeled help = robot.lookup("#presentation-help").queryAs(Labeled.class);
        Button start = dialog.defaultButton();
        assertEquals(help.getText(), drawn(help), "the help is drawn whole, not cut with an ellipsis");
        assertEquals(start.getText().replace("_", ""), drawn(start), "the start button's words are drawn whole");
    }

    /**
     * Shows the dialog as openbox does: it first gets 200 × 200, whatever it asked for. It is sized again after its
     * first pulse and twice in its first second (WindowSizeFix): the last of them must leave its words whole.
     */
    private void open(FxRobot robot, PresentDialog.Decks decks, int shown) throws Exception {
        robot.interact(() -> {
            dialog = new PresentDialog(owner, 64, shown, null, null, false, false, PresentationOptions.DEFAULT, true,
                    decks);
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
            // Said by the caller's assertions, with the words as drawn.
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean drawnWhole(Labeled labeled) {
        return labeled.getText().replace("_", "").equals(drawn(labeled));
    }

    private static String drawn(Labeled labeled) {
        return ((Text) labeled.lookup(".text")).getText();
    }
}
