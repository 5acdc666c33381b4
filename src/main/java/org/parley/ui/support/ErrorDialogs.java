package org.parley.ui.support;

import javafx.scene.control.Alert;
import javafx.stage.Window;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The GUI's only way to report a failure: a plain message and what to do; details go to the log. */
public final class ErrorDialogs {

    private static final Logger LOG = Logger.getLogger(ErrorDialogs.class.getName());

    private ErrorDialogs() {
    }

    public static void show(Window owner, String what, Throwable cause, String advice) {
        LOG.log(Level.WARNING, what, cause);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Parley");
        alert.setHeaderText(what);
        alert.setContentText(message(cause) + (advice.isEmpty() ? "" : "\n\n" + advice));
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }

    /** The failure itself, out of the wrappers that background threads put round it. */
    public static Throwable unwrap(Throwable cause) {
        Throwable t = cause;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The user-facing part of a failure: its own message, unwrapped from executor wrappers. */
    public static String message(Throwable cause) {
        Throwable t = unwrap(cause);
        if (t instanceof OutOfMemoryError) {
            return "The data is too large for the memory Java was given; nothing was changed. "
                    + "Start Parley with more (java -Xmx8g -jar parley.jar) or split the dataset.";
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
