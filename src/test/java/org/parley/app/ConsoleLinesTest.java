package org.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

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
    void parleysOwnWordsComeBeforeTheLibrarysCode() {
        LogRecord r = new LogRecord(Level.WARNING, "The dataset could not be imported.");
        r.setThrown(new CompletionException(new IllegalStateException(
                "p.db: another program is using the database (it is locked)",
                new SQLException("[SQLITE_BUSY] The database file is locked (database is locked)"))));

        assertEquals("parley: warning: The dataset could not be imported: p.db: another program is using the database "
                + "(it is locked) (details in /home/ann/.local/share/parley/parley.log)" + System.lineSeparator(),
                lines.format(r));
    }

    @Test
    void aWrapperThatOnlyNamesItsCauseIsSeenThrough() {
        LogRecord r = new LogRecord(Level.WARNING, "Could not save.");
        r.setThrown(new RuntimeException(new IOException("No space left on device")));

        assertEquals("parley: warning: Could not save: No space left on device (details in "
                + "/home/ann/.local/share/parley/parley.log)" + System.lineSeparator(), lines.format(r));
    }

    @Test
    void withoutALogFileAFailureIsStillOneLine() {
        LogRecord r = new LogRecord(Level.WARNING, "No log file: the data folder cannot be created");
        r.setThrown(new IllegalStateException("cannot create Parley's data folder /x/parley: /x is a file, not a folder"));

        assertEquals("parley: warning: No log file: the data folder cannot be created: cannot create Parley's data "
                + "folder /x/parley: /x is a file, not a folder" + System.lineSeparator(), new ConsoleLines(null).format(r));
    }

    @Test
    void withoutALogFileTheTerminalStillGetsNoStackTrace() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        Logger root = Logger.getLogger("");
        Handler[] before = root.getHandlers();
        PrintStream err = System.err;
        System.setErr(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        // A console handler writes to the standard error it finds when made, as the default one does.
        ConsoleHandler console = new ConsoleHandler();
        System.setErr(err);
        try {
            for (Handler h : before) {
                root.removeHandler(h);
            }
            root.addHandler(console);

            LogFiles.withoutLogFile();
            Logger.getLogger("t").log(Level.WARNING, "Parley could not open its data.",
                    new IllegalStateException("the data folder is a file"));
            console.flush();

            String shown = terminal.toString(StandardCharsets.UTF_8);
            assertEquals("parley: warning: Parley could not open its data: the data folder is a file"
                    + System.lineSeparator(), shown);
        } finally {
            root.removeHandler(console);
            for (Handler h : before) {
                root.addHandler(h);
            }
        }
    }

    @Test
    void aNoteIsItsMessageAlone() {
        LogRecord r = new LogRecord(Level.SEVERE, "Could not open {0}");
        r.setParameters(new Object[] {"w.db"});

        assertEquals("parley: severe: Could not open w.db" + System.lineSeparator(), lines.format(r));
    }
}
