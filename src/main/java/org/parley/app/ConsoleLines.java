package org.parley.app;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * A log record as the terminal shows it: one line with the level, the message and the failure's
 * own words, never a stack trace; the line names the log file, which has the details, if there is one.
 */
final class ConsoleLines extends Formatter {

    private final @Nullable Path logFile;

    ConsoleLines(@Nullable Path logFile) {
        this.logFile = logFile;
    }

    @Override
    public String format(LogRecord r) {
        String message = withoutFullStop(formatMessage(r));
        StringBuilder line = new StringBuilder("parley: ")
                .append(r.getLevel().getLocalizedName().toLowerCase(Locale.ROOT)).append(": ").append(message);
        Throwable t = r.getThrown();
        if (t != null) {
            // The outermost failure that says something of its own: Parley's words come before SQLite's codes.
            while (t.getCause() != null && t.getCause() != t && isWrapper(t)) {
                t = t.getCause();
            }
            String why = t.getMessage() == null ? t.getClass().getSimpleName() : withoutFullStop(t.getMessage());
            line.append(": ").append(why);
            if (logFile != null) {
                line.append(" (details in ").append(logFile).append(')');
            }
        }
        return line.toString().replaceAll("\\s*[\\r\\n]+\\s*", " ") + System.lineSeparator();
    }

    /** A failure that only carries another: a future's wrapper, or one whose message is its cause's name and words. */
    private static boolean isWrapper(Throwable t) {
        return t instanceof CompletionException || t instanceof ExecutionException
                || t.getMessage() == null || t.getMessage().equals(t.getCause().toString());
    }

    private static String withoutFullStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
