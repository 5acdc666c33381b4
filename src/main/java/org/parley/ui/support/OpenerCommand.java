package org.parley.ui.support;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Opens a web address with the desktop's own opener program ({@code xdg-open} on Linux and other
 * Unix desktops). Java's {@code Desktop} browses only where it finds GNOME's libraries: on Xfce, KDE
 * or a bare window manager it offered no browser although the desktop had one.
 *
 * <p>The address goes as one argument, never through a shell; it is an http or https address
 * ({@link WebPages#webAddress}), so it cannot read as an option either.
 */
final class OpenerCommand {

    static final List<String> XDG_OPEN = List.of("xdg-open");
    /** xdg-open returns once the browser is asked; a desktop that hangs is not waited on for ever. */
    private static final long WAIT_SECONDS = 20;

    private final List<String> command;

    OpenerCommand(List<String> command) {
        this.command = List.copyOf(command);
    }

    /**
     * Asks the opener to open {@code page}: false when there is no such program, an exception when it
     * ran and said it could not.
     */
    boolean open(URI page) throws IOException {
        List<String> args = new ArrayList<>(command);
        args.add(page.toASCIIString());
        Process p;
        try {
            p = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return false;
        }
        try {
            if (!p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                // Still starting the browser: the page is on its way, or the desktop will say why not.
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
        if (p.exitValue() != 0) {
            throw new IOException(command.get(0) + " could not open it (it ended with status " + p.exitValue() + ")");
        }
        return true;
    }
}
