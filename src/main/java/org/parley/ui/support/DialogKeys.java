package org.parley.ui.support;

import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Which button a dialog's keys answer with. */
public final class DialogKeys {

    private DialogKeys() {
    }

    /**
     * Enter anywhere but on a button fires {@code answer}, and so do the {@code more} keys (a
     * clicker's Page Down and F5), unless {@code held} says a list is open. A focused choice or
     * check box would otherwise keep Enter for itself, and the dialog would not answer.
     */
    public static void enterFires(DialogPane pane, Button answer, Set<KeyCode> more, BooleanSupplier held) {
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
            Node focus = pane.getScene() == null ? null : pane.getScene().getFocusOwner();
            boolean enter = e.getCode() == KeyCode.ENTER && !(focus instanceof Button);
            if (plain && (enter || more.contains(e.getCode())) && !held.getAsBoolean()) {
                answer.fire();
                e.consume();
            }
        });
    }

    /**
     * Makes {@code type}'s button the one Enter presses, and gives it the focus when the dialog
     * shows: the safe answer where the other one writes over files or opens another program.
     */
    public static void defaultTo(Dialog<?> dialog, ButtonType type) {
        DialogPane pane = dialog.getDialogPane();
        for (ButtonType t : pane.getButtonTypes()) {
            if (pane.lookupButton(t) instanceof Button b) {
                b.setDefaultButton(t == type);
            }
        }
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> pane.lookupButton(type).requestFocus());
    }
}
