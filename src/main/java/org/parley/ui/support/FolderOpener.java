package org.parley.ui.support;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Shows a folder in the desktop's file manager: Java's {@code Desktop} first, then the desktop's own
 * opener program ({@code xdg-open}). Java's {@code Desktop} opens only through GNOME's libraries: under a
 * bare window manager it said "Failed to show URI:file:/…/" although {@code xdg-open} was there, and on
 * desktops without those libraries it offered nothing, the note's Open folder greyed.
 *
 * <p>Blocking (some desktops wait while the file manager starts): call it off the JavaFX thread.
 */
public final class FolderOpener {

    /** Java's Desktop, as a seam: a test stands in a desktop that fails or has nothing to open with. */
    @FunctionalInterface
    interface DesktopOpen {
        /** Opens {@code folder}; false when this desktop offers no way to. */
        boolean open(File folder) throws IOException;
    }

    /** The desktop's file manager. */
    public static final FolderOpener SYSTEM = new FolderOpener(FolderOpener::javaDesktop,
            new OpenerCommand(OpenerCommand.XDG_OPEN), onPath("xdg-open"));

    private final DesktopOpen desktop;
    private final OpenerCommand command;
    private final boolean commandThere;

    FolderOpener(DesktopOpen desktop, OpenerCommand command, boolean commandThere) {
        this.desktop = desktop;
        this.command = command;
        this.commandThere = commandThere;
    }

    /** Whether there is any way to open a folder here: Open folder is greyed only when there is none. */
    public boolean available() {
        return commandThere || desktopCanOpen();
    }

    /**
     * Opens {@code folder} in the file manager; an exception whose message says, in words, that no file
     * manager opened it (not Java's "Failed to show URI").
     */
    public void open(Path folder) throws IOException {
        File dir = folder.toAbsolutePath().toFile();
        IOException desktopFailed = null;
        try {
            if (desktop.open(dir)) {
                return;
            }
        } catch (IOException | RuntimeException e) {
            desktopFailed = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        IOException commandFailed = null;
        try {
            // A file: address, as for a web page: one argument that cannot read as an option.
            if (command.open(folder.toAbsolutePath().toUri())) {
                return;
            }
        } catch (IOException e) {
            commandFailed = e;
        }
        IOException none = new IOException("No file manager on this desktop opened the folder.");
        if (desktopFailed != null) {
            none.addSuppressed(desktopFailed);
        }
        if (commandFailed != null) {
            none.addSuppressed(commandFailed);
        }
        throw none;
    }

    private static boolean desktopCanOpen() {
        try {
            return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean javaDesktop(File folder) throws IOException {
        if (!desktopCanOpen()) {
            return false;
        }
        Desktop.getDesktop().open(folder);
        return true;
    }

    /** Whether a program of that name is on the PATH (an opener that is not there is no way to open). */
    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null || path.isBlank()) {
            return false;
        }
        for (String dir : List.of(path.split(File.pathSeparator))) {
            try {
                if (!dir.isBlank() && Files.isExecutable(Path.of(dir, program))) {
                    return true;
                }
            } catch (InvalidPathException e) {
                // A PATH entry no path can be: it holds no program.
            }
        }
        return false;
    }
}
