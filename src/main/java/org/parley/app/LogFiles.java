package org.parley.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jspecify.annotations.Nullable;

/** Sends the application's log to a file in the data folder, where details of failures go. */
public final class LogFiles {

    private static boolean installed;
    private static @Nullable Path current;

    private LogFiles() {
    }

    /** Installs a rotating file handler on the root logger once; returns false if the file cannot be opened. */
    public static synchronized boolean install(Path logFile) {
        if (installed) {
            return true;
        }
        try {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            FileHandler handler = new FileHandler(logFile.toString(), 1_000_000, 1, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(handler);
            current = fileHeld(logFile);
            // The terminal a user started the app from gets a line per warning; notes and the
            // stack traces are in the file, which the line names.
            console(current);
            installed = true;
            return true;
        } catch (IOException | SecurityException e) {
            withoutLogFile();
            Logger.getLogger(LogFiles.class.getName()).log(Level.WARNING, "Cannot open log file " + logFile, e);
            return false;
        }
    }

    /** The file this process logs to, or null before {@link #install} (or when it failed). */
    public static synchronized @Nullable Path current() {
        return current;
    }

    /**
     * The file the handler really writes: while another Parley holds {@code parley.log}, Java's
     * handler writes {@code parley.log.1} (or .2…), and a message naming parley.log sent the user to
     * the other process's file. Ours is the one whose lock this JVM already holds.
     */
    private static Path fileHeld(Path logFile) {
        for (int i = 0; i < 100; i++) {
            Path candidate = i == 0 ? logFile : logFile.resolveSibling(logFile.getFileName() + "." + i);
            Path lock = candidate.resolveSibling(candidate.getFileName() + ".lck");
            if (!Files.exists(lock)) {
                continue;
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(lock, StandardOpenOption.WRITE);
            } catch (IOException other) {
                continue; // not readable: try the next
            }
            try {
                FileLock probe = channel.tryLock();
                if (probe != null) {
                    probe.release();
                }
            } catch (OverlappingFileLockException mine) {
                // Never closed: closing any channel on a file drops every lock this process holds on it
                // (FileLock's Javadoc), the handler's own among them, and a second Parley then wrote this
                // one's file. Kept open for the life of the process, as the handler's is.
                probeOfOurLock = channel;
                return candidate;
            } catch (IOException other) {
                // Not ours: try the next.
            }
            closeQuietly(channel);
        }
        return logFile;
    }

    /** The probe channel on this process's own lock file; see {@link #fileHeld}. */
    @SuppressWarnings("unused")
    private static @Nullable FileChannel probeOfOurLock;

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // A probe of another process's lock: nothing of ours to lose.
        }
    }

    /** With no log file to hold the details, the terminal still gets one line per warning, never a stack trace. */
    public static synchronized void withoutLogFile() {
        console(null);
    }

    private static void console(@Nullable Path logFile) {
        for (Handler console : Logger.getLogger("").getHandlers()) {
            if (console instanceof ConsoleHandler) {
                console.setFormatter(new ConsoleLines(logFile));
                console.setLevel(Level.WARNING);
            }
        }
    }
}
