package org.parley.ui.support;

import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Which button a dialog's keys answer with. */
public final class DialogKeys {

    private DialogKeys() {
    }

    /**
     * Enter anywhere but on a button fires {@code answer}, and so do the {@code more} keys (a
     * clicker's Page Down and F5), unless {@code held} says a list is open. A focused choice or
     * check box would otherwise keep Enter for itself — a check box toggles on it — and the dialog
     * would not answer, or answer later with the box changed. {@code root}: a dialog's pane, or the
     * root of a window used as a dialog.
     */
    public static void enterFires(Parent root, Button answer, Set<KeyCode> more, BooleanSupplier held) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
            Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
            boolean enter = e.getCode() == KeyCode.ENTER && !(focus instanceof Button);
            if (plain && (enter || more.contains(e.getCode())) && !held.getAsBoolean()) {
                // A number typed into a spinner counts only once committed, which its own Enter would have done.
                // (The spinner holds the focus itself; its text field only shows it.)
                if (focus instanceof Spinner<?> spinner) {
                    spinner.commitValue();
                } else if (focus != null && focus.getParent() instanceof Spinner<?> spinner) {
                    spinner.commitValue();
                }
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
