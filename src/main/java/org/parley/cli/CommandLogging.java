package org.parley.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.parley.app.LogFiles;
import org.parley.store.DataPaths;
import org.parley.store.StoreException;

/**
 * A command's terminal shows the command's own messages only: log records (a note that the seeds
 * were loaded, the details of an unexpected failure) go to the log file in the data folder, where
 * the app's go too, instead of interleaving logger lines and stack traces with the output.
 */
final class CommandLogging {

    private CommandLogging() {
    }

    static void toLogFile() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                root.removeHandler(handler);
            }
        }
        try {
            LogFiles.install(DataPaths.system().logFile());
        } catch (StoreException | InvalidPathException e) {
            // No data folder, no log file: the command still says in its own words what went wrong
            // (a data folder whose name the locale cannot encode, too: `validate` needs none).
        }
    }

    /** Where the details of a failure can be read, for the one line the user sees. */
    static String logFileHint() {
        Path current = LogFiles.current();
        return current != null ? current.toString() : DataPaths.system().dataDir().resolve(DataPaths.LOG_FILE).toString();
    }
}
