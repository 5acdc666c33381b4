package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The progress line: written over itself only when it changed, kept within one row, erased at the end. */
class ProgressLineTest {

    private final StringWriter err = new StringWriter();
    private final AtomicReference<String> status = new AtomicReference<>("Reading \u201cbig.json\u201d: 1.0 of 9.0 MB\u2026");
    private final ProgressLine line = new ProgressLine(new TerminalSafeWriter.Printer(new TerminalSafeWriter(err)),
            status::get, 40);

    @Test
    void anUnchangedStatusIsNotWrittenAgainAndAShorterOneCoversTheLonger() {
        line.tick();
        line.tick();
        status.set("Building the search index\u2026");
        line.tick();
        line.close();

        String first = "Reading \u201cbig.json\u201d: 1.0 of 9.0 MB\u2026";
        String second = "Building the search index\u2026";
        assertEquals("\r" + first + "\r" + second + " ".repeat(first.length() - second.length())
                + "\r" + " ".repeat(second.length()) + "\r", err.toString());
    }

    @Test
    void aStatusWiderThanTheTerminalIsCutWithinOneRow() {
        status.set("Writing \u201c" + "a-very-long-name-".repeat(5) + ".json\u201d into your database");
        line.tick();

        assertEquals(39, err.toString().length() - 1, err.toString());
        assertEquals('\u2026', err.toString().charAt(err.toString().length() - 1));
    }

    /** Ctrl-C: the "stopped" notice had been written on after the line, on its row; the line is erased first. */
    @Test
    void aStoppedCommandsLineIsErasedBeforeItsNoticeAndNotWrittenAgain() {
        TerminalSafeWriter.Printer printer = new TerminalSafeWriter.Printer(new TerminalSafeWriter(err));
        ProgressLine started = ProgressLine.start(printer, status::get);
        String first = err.toString();

        ProgressLine.eraseShown();
        status.set("Building the search index\u2026");
        started.tick();
        started.close();

        String shown = first.substring(1);
        assertEquals("\r" + shown + "\r" + " ".repeat(shown.length()) + "\r", err.toString());
    }

    @Test
    void nothingShownIsNothingErased() {
        line.close();

        assertEquals("", err.toString());
    }
}
