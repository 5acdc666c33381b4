package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.export.handout.ContextPlacement;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Present dialog from the keyboard and a clicker: Space ticks a box, Enter, Page Down or F5 start. */
@ExtendWith(FxThreadRobot.class)
class PresentDialogTest {

    private Stage owner;
    private PresentDialog dialog;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (dialog != null) {
            robot.interact(() -> dialog.alert().close());
        }
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            dialog = new PresentDialog(owner, 59, 59);
            dialog.alert().show();
            dialog.revealBox().requestFocus();
        });
    }

    private Optional<PresentDialog.Choice> answer() {
        ButtonType result = dialog.alert().getResult();
        return result == null ? Optional.empty() : dialog.choice(result);
    }

    /** A title with quotation marks of its own is quoted with single ones inside the dialog's double ones. */
    @Test
    void aTitlesOwnQuotesAreSingleInsideTheDialogs() {
        assertEquals("Sherman to reporters: \u2018plenty to work on\u2019",
                PresentDialog.innerQuotes("Sherman to reporters: \"plenty to work on\""));
        assertEquals("NATO\u2013Russia meeting in Brussels", PresentDialog.innerQuotes("NATO\u2013Russia meeting in Brussels"));
    }

    @Test
    void spaceTicksTheFocusedBoxAndEnterThenStartsWithIt(FxRobot robot) {
        open(robot);
        assertTrue(dialog.revealBox().isFocused());
        robot.type(KeyCode.SPACE);
        assertTrue(dialog.revealBox().isSelected(), "Space ticks");
        assertTrue(dialog.alert().isShowing());
        robot.type(KeyCode.ENTER);
        assertFalse(dialog.alert().isShowing(), "Enter starts");
        assertEquals(Optional.of(PresentDialog.Choice.ALL), answer());
        assertTrue(dialog.options().reveal(), "Enter left the tick as it was");
    }

    @Test
    void enterOnTheBackgroundChoiceStartsToo(FxRobot robot) {
        open(robot);
        robot.interact(() -> robot.lookup("#presentation-context").query().requestFocus());
        robot.type(KeyCode.ENTER);
        assertFalse(dialog.alert().isShowing());
        assertEquals(Optional.of(PresentDialog.Choice.ALL), answer());
        assertFalse(dialog.options().reveal());
    }

    /** The dialog had said the background comes after the focus period whatever the teacher chose for it. */
    @Test
    void theDialogTellsTheOrderTheBackgroundsChoiceMakes(FxRobot robot) {
        open(robot);
        Label help = robot.lookup("#presentation-help").queryAs(Label.class);
        robot.clickOn("#presentation-context");
        robot.clickOn(ContextPlacement.FIRST.toString());
        assertTrue(help.getText().startsWith("The background first"), help.getText());
        robot.clickOn("#presentation-context");
        robot.clickOn(ContextPlacement.NONE.toString());
        assertTrue(help.getText().contains("the background left out"), help.getText());
        assertTrue(help.getText().contains("F1 lists the keys"), help.getText());
    }

    @Test
    void aClickersForwardKeyStartsWhereverTheFocusIs(FxRobot robot) {
        for (KeyCode key : new KeyCode[] {KeyCode.PAGE_DOWN, KeyCode.F5}) {
            open(robot);
            // A teacher's arrow key may have moved the focus to Cancel first.
            robot.interact(() -> dialog.alert().getDialogPane().lookupButton(ButtonType.CANCEL).requestFocus());
            robot.type(key);
            assertFalse(dialog.alert().isShowing(), key + " starts");
            assertEquals(Optional.of(PresentDialog.Choice.ALL), answer(), key + " starts with every event");
        }
    }

    /** A teacher who filtered before class presents the filtered events with Enter or the clicker. */
    @Test
    void withAFilterOnEnterAndTheClickerStartWithTheFilteredEvents(FxRobot robot) {
        for (KeyCode key : new KeyCode[] {KeyCode.ENTER, KeyCode.PAGE_DOWN}) {
            robot.interact(() -> {
                dialog = new PresentDialog(owner, 59, 12);
                dialog.alert().show();
            });
            assertTrue(dialog.defaultButton().isDefaultButton());
            assertTrue(dialog.defaultButton().getText().contains("12"), dialog.defaultButton().getText());
            robot.type(key);
            assertFalse(dialog.alert().isShowing(), key + " starts");
            assertEquals(Optional.of(PresentDialog.Choice.FILTERED), answer(), key + " starts with the filtered events");
        }
    }

    /**
     * The button that starts stands where the platform puts OK, beside Cancel, as in every other
     * dialog: on Linux it is the last on the right. It had stood left of Cancel, which was rightmost.
     */
    @Test
    void theStartButtonStandsWhereOkStandsBesideCancel(FxRobot robot) {
        for (int visible : new int[] {59, 12}) {
            robot.interact(() -> {
                dialog = new PresentDialog(owner, 59, visible);
                dialog.alert().show();
            });
            ButtonBar bar = (ButtonBar) dialog.alert().getDialogPane()
                    .lookup(".button-bar");
            String order = bar.getButtonOrder() == null ? "" : bar.getButtonOrder();
            boolean okAfterCancel = order.indexOf('O') > order.indexOf('C');
            double start = dialog.defaultButton().localToScene(0, 0).getX();
            double cancel = dialog.alert().getDialogPane().lookupButton(ButtonType.CANCEL).localToScene(0, 0).getX();
            assertEquals(okAfterCancel, start > cancel, visible + " of 59: start at " + start + ", Cancel at " + cancel
                    + " (order " + order + ")");
            if (okAfterCancel) {
                double rightmost = bar.getButtons().stream().mapToDouble(b -> b.localToScene(0, 0).getX()).max()
                        .orElseThrow();
                assertEquals(rightmost, start, 0.5, "the start button is the last on the right");
            }
            robot.interact(() -> dialog.alert().close());
        }
    }

    @Test
    void escapeCancels(FxRobot robot) {
        open(robot);
        robot.type(KeyCode.ESCAPE);
        assertFalse(dialog.alert().isShowing());
        assertEquals(Optional.empty(), answer());
    }

    /** Where the class left off is offered, ticked; the last choices come back; unticking means step 1. */
    @Test
    void offersWhereTheLastPresentationWasLeftAndTheLastChoices(FxRobot robot) {
        PresentationOptions last = new PresentationOptions(
                ContextPlacement.values()[0], true);
        robot.interact(() -> {
            dialog = new PresentDialog(owner, 59, 59, "nrc-meeting", "NATO\u2013Russia meeting in Brussels", true, true,
                    last);
            dialog.alert().show();
        });
        assertTrue(dialog.fromSelectedBox().isVisible());
        assertTrue(dialog.fromSelectedBox().getText().contains("NATO\u2013Russia meeting in Brussels"));
        assertEquals("nrc-meeting", dialog.options().startAt());
        assertTrue(dialog.options().reveal(), "reveal as last time");
        assertEquals(last.context(), dialog.options().context());
        robot.interact(() -> dialog.fromSelectedBox().requestFocus());
        robot.type(KeyCode.SPACE);
        assertEquals(null, dialog.options().startAt(), "unticked: from step 1");
    }

    /** An event clicked in the explorer, not where a presentation was left, is offered but not ticked. */
    @Test
    void anEventSelectedInTheExplorerIsOfferedUnticked(FxRobot robot) {
        robot.interact(() -> {
            dialog = new PresentDialog(owner, 59, 59, "nrc-meeting", "NATO\u2013Russia meeting in Brussels", false, false,
                    PresentationOptions.DEFAULT);
            dialog.alert().show();
        });
        assertTrue(dialog.fromSelectedBox().isVisible());
        assertFalse(dialog.fromSelectedBox().isSelected());
        assertEquals(null, dialog.options().startAt(), "from step 1");
        robot.interact(() -> dialog.fromSelectedBox().requestFocus());
        robot.type(KeyCode.SPACE);
        assertEquals("nrc-meeting", dialog.options().startAt(), "ticked: at the selected event");
    }

    @Test
    void withNothingSelectedThereIsNoSuchChoice(FxRobot robot) {
        open(robot);
        assertFalse(dialog.fromSelectedBox().isVisible());
        assertEquals(null, dialog.options().startAt());
    }
}
