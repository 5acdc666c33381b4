package org.parley.cli;

import java.util.function.Supplier;

/**
 * One line on a terminal's standard error saying what a long command is doing, written over itself a few times a
 * second and erased before the command says anything else: an import of 100,000 events said nothing for seconds.
 * Only where standard error is a terminal ({@link StderrTerminal}); elsewhere a command's output stays as it was.
 * The status is looked up from what the working threads count; nothing here grows with the data.
 */
final class ProgressLine implements AutoCloseable {

    /** Between two looks at the status: a few times a second, which a reader follows and a terminal does not feel. */
    static final long PERIOD_MILLIS = 250;

    private final TerminalSafeWriter.Printer err;
    private final Supplier<String> status;
    private final int width;
    private volatile boolean stopped;
    private Thread ticks;
    /** What the line holds now; empty when nothing is shown. Guarded by {@code this}. */
    private String shown = "";

    /** The line started and not yet closed, if any: a command stopped by Ctrl-C erases it before its notice. */
    private static volatile ProgressLine current;

    ProgressLine(TerminalSafeWriter.Printer err, Supplier<String> status, int width) {
        this.err = err;
        this.status = status;
        this.width = Math.max(10, width);
    }

    /** Shows the status at once, then again whenever it changed, until {@link #close}. */
    static ProgressLine start(TerminalSafeWriter.Printer err, Supplier<String> status) {
        ProgressLine line = new ProgressLine(err, status, columns());
        line.tick();
        line.ticks = new Thread(line::run, "parley-progress-line");
        line.ticks.setDaemon(true);
        line.ticks.start();
        current = line;
        return line;
    }

    /**
     * Stops and erases the line shown, if any, so that what is said next starts on an empty row: a command stopped
     * by Ctrl-C had its "stopped" notice written on after the progress line, on the same row.
     */
    static void eraseShown() {
        ProgressLine line = current;
        if (line != null) {
            line.stopped = true;
            line.erase();
        }
    }

    private void run() {
        while (!stopped) {
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (!stopped) {
                tick();
            }
        }
    }

    /** Writes the status over the line, if it changed; a line shorter than the last is padded over it. */
    synchronized void tick() {
        if (stopped) {
            return;
        }
        String line = fit(status.get());
        if (line.equals(shown)) {
            return;
        }
        err.returnToLineStart();
        err.print(line + " ".repeat(Math.max(0, shown.length() - line.length())));
        err.flush();
        shown = line;
    }

    /** Erases the line and leaves the cursor at its start, for whatever the command says next. */
    @Override
    public void close() {
        stopped = true;
        if (ticks != null) {
            ticks.interrupt();
            try {
                ticks.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        erase();
        if (current == this) {
            current = null;
        }
    }

    private synchronized void erase() {
        if (!shown.isEmpty()) {
            err.returnToLineStart();
            err.print(" ".repeat(shown.length()));
            err.returnToLineStart();
            err.flush();
            shown = "";
        }
    }

    /**
     * The status within one row of the terminal: a line that wrapped onto a second row would not be written over
     * by the carriage return, and each update would leave a row behind.
     */
    String fit(String text) {
        String one = text.replace('\n', ' ').replace('\r', ' ');
        return one.length() < width ? one : one.substring(0, width - 2) + "\u2026";
    }

    /** The terminal's width where the shell says it ({@code COLUMNS}), else the 80 every terminal has. */
    private static int columns() {
        try {
            String columns = System.getenv("COLUMNS");
            return columns == null ? 80 : Integer.parseInt(columns.trim());
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
