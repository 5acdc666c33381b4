package org.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** What a terminal shows of a log record: one line, the deepest cause's words, where the details are. */
class ConsoleLinesTest {

    private final ConsoleLines lines = new ConsoleLines(Path.of("/home/ann/.local/share/parley/parley.log"));

    @Test
    void aFailureIsOneLineWithItsCauseAndTheLogFileNeverAStackTrace() {
        LogRecord r = new LogRecord(Level.WARNING, "Parley could not open its data.");
        r.setThrown(new CompletionException(new IllegalStateException(
                "/tmp/junk.db is not a Parley database;\nit was not changed.")));

        assertEquals("parley: warning: Parley could not open its data: /tmp/junk.db is not a Parley database; "
                + "it was not changed (details in /home/ann/.local/share/parley/parley.log)" + System.lineSeparator(),
                lines.format(r));
    }

    @Test
    void aNoteIsItsMessageAlone() {
        LogRecord r = new LogRecord(Level.SEVERE, "Could not open {0}");
        r.setParameters(new Object[] {"w.db"});

        assertEquals("parley: severe: Could not open w.db" + System.lineSeparator(), lines.format(r));
    }
}
