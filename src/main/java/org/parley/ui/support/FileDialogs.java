package org.parley.ui.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Shows the system's file dialogs (open, save, choose a folder), and runs after each what must
 * follow one. Such a dialog reads the files of the folders it lists to tell their types, the open
 * database's among them; closing them drops the locks SQLite holds on that database for this
 * process, so the app opens its database again after every one (decision 0119).
 */
public final class FileDialogs {

    private static final List<Runnable> AFTER = new CopyOnWriteArrayList<>();

    private FileDialogs() {
    }

    /** Shows {@code systemDialog} (see {@link MaximizedAfterDialogs#around}) and then runs what is registered. */
    public static <T> T show(Supplier<T> systemDialog) {
        try {
            return MaximizedAfterDialogs.around(systemDialog);
        } finally {
            AFTER.forEach(Runnable::run);
        }
    }

    /** Runs {@code action} on the JavaFX thread after every file dialog; the result takes it away again. */
    public static Runnable afterEach(Runnable action) {
        AFTER.add(action);
        return () -> AFTER.remove(action);
    }
}
