package org.parley.ui.support;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.parley.export.ReadOnlyTargetException;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The GUI's only way to report a failure: a plain message and what to do; details go to the log. */
public final class ErrorDialogs {

    private static final Logger LOG = Logger.getLogger(ErrorDialogs.class.getName());

    private ErrorDialogs() {
    }

    public static void show(Window owner, String what, Throwable cause, String advice) {
        if (expected(cause)) {
            // A locked or damaged database, a bad dataset, a full disk: the message says it all, and
            // the log a dialog points to reads as one line, as the command line's does.
            LOG.warning(() -> what + " " + message(cause));
        } else {
            LOG.log(Level.WARNING, what, cause);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Parley");
        alert.setHeaderText(what);
        alert.setContentText(ended(message(cause)) + (advice.isEmpty() ? "" : "\n\n" + advice));
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }

    /**
     * A failure the user's data or system caused, which Parley words itself (its own exceptions,
     * and files the system refused), as opposed to a bug, whose stack trace the log keeps.
     */
    static boolean expected(Throwable cause) {
        Throwable t = unwrap(cause);
        return t instanceof IOException
                || t instanceof OutOfMemoryError
                || t.getClass().getName().startsWith("org.parley.") && t.getMessage() != null;
    }

    /** The failure itself, out of the wrappers that background threads put round it. */
    public static Throwable unwrap(Throwable cause) {
        Throwable t = cause;
        while ((t instanceof CompletionException
                || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * {@code sentence} with a full stop when it ends without one: messages are written without it at their source
     * for the command line, and in the dialog "… close it there or try again" ran on into the advice under it.
     */
    static String ended(String sentence) {
        String end = sentence.strip();
        return end.isEmpty() || ".?!\u2026".indexOf(end.charAt(end.length() - 1)) >= 0 ? sentence : end + ".";
    }

    /**
     * The user-facing part of a failure: its own message, unwrapped from executor wrappers, begun as a
     * sentence (messages are written lower case at their source for the command line; decision 0148).
     */
    public static String message(Throwable cause) {
        Throwable t = unwrap(cause);
        if (t instanceof OutOfMemoryError) {
            return "The data is too large for the memory Java was given; nothing was changed. "
                    + "Start Parley with more (java -Xmx8g -jar parley.jar) or split the dataset.";
        }
        // The export's refusal names --force for the command line; here replacing was the save dialog's question.
        String m = t instanceof ReadOnlyTargetException readOnly ? readOnly.inWindow() : t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : SentenceStart.of(m);
    }
}
