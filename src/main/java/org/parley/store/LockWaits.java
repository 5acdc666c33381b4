package org.parley.store;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Says at once that Parley is waiting for another program to let go of a database, rather than after the wait:
 * a command had sat silent for seconds, then said the database was locked (decision 0180). The store never
 * prints; the command line listens and writes one line.
 */
public final class LockWaits {

    /** How long a statement waits for another program's hold before it is refused as locked. */
    public static final int WAIT_MS = 5_000;

    private static volatile Consumer<Path> listener = file -> { };

    private LockWaits() {
    }

    /** {@code listener} is told the database's file each time a statement begins to wait for it. */
    public static void listen(Consumer<Path> listener) {
        LockWaits.listener = listener;
    }

    static void waiting(Path file) {
        listener.accept(file);
    }
}
