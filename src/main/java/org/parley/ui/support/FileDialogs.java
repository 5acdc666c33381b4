package org.parley.ui.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Shows the system's file dialogs (open, save, choose a folder), and runs after each what must
 * follow one. Such a dialog reads the files of the folders it lists to tell their types, the open
 * database's among them; closing them drops the locks SQLite holds on that database for this
 * process, so the app opens its database again after every one (decision 0119). It is no JavaFX
 * window either, so JavaFX does not give the keyboard back when it closes: under openbox, after a
 * handout was saved, F5, Enter, End and the arrows went nowhere until a click in the main window.
 * The window that opened it is asked for the keyboard again, on the control that had it.
 */
public final class FileDialogs {

    private static final List<Runnable> AFTER = new CopyOnWriteArrayList<>();

    private FileDialogs() {
    }

    /**
     * Shows {@code systemDialog} (see {@link MaximizedAfterDialogs#around}), runs what is registered,
     * and then gives the keyboard back to {@code owner}, the window the dialog was opened over.
     */
    public static <T> T show(Window owner, Supplier<T> systemDialog) {
        Node had = owner == null || owner.getScene() == null ? null : owner.getScene().getFocusOwner();
        try {
            return MaximizedAfterDialogs.around(systemDialog);
        } finally {
            AFTER.forEach(Runnable::run);
            // After what the caller does next: a question it asks at once ("Replace it?") keeps the keyboard.
            Platform.runLater(() -> giveKeyboardBack(owner, had));
        }
    }

    /** Runs {@code action} on the JavaFX thread after every file dialog; the result takes it away again. */
    public static Runnable afterEach(Runnable action) {
        AFTER.add(action);
        return () -> AFTER.remove(action);
    }

    private static void giveKeyboardBack(Window owner, Node had) {
        if (owner == null || !owner.isShowing() || anotherHasTheKeyboard(owner)) {
            return;
        }
        owner.requestFocus();
        var scene = owner.getScene();
        if (had != null && scene != null && had.getScene() == scene && scene.getFocusOwner() == null) {
            had.requestFocus();
        }
    }

    /** Another of the app's windows is focused, or a modal dialog stands over {@code owner}: that one keeps the keys. */
    private static boolean anotherHasTheKeyboard(Window owner) {
        return Window.getWindows().stream().anyMatch(w -> w != owner && w.isShowing()
                && (w.isFocused() || w instanceof Stage s && s.getModality() != Modality.NONE && ownedBy(s, owner)));
    }

    private static boolean ownedBy(Stage stage, Window owner) {
        for (Window w = stage.getOwner(); w != null; w = w instanceof Stage s ? s.getOwner() : null) {
            if (w == owner) {
                return true;
            }
        }
        return false;
    }
}
