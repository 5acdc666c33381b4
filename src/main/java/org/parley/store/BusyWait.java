package org.parley.store;

import org.sqlite.BusyHandler;

import java.nio.file.Path;

/**
 * SQLite's busy timeout, with word of the wait: while another connection holds the database a statement retries
 * for up to {@link LockWaits#WAIT_MS}, and the first retry tells {@link LockWaits} which file it waits for.
 */
final class BusyWait extends BusyHandler {

    /** A held lock is let go between one transaction and the next: try again soon, but do not spin. */
    private static final long RETRY_MS = 20;

    private final Path file;
    private long since;

    BusyWait(Path file) {
        this.file = file;
    }

    @Override
    protected int callback(int retries) {
        long now = System.nanoTime();
        if (retries == 0) {
            since = now;
            LockWaits.waiting(file);
        }
        long left = LockWaits.WAIT_MS - (now - since) / 1_000_000;
        if (left <= 0) {
            return 0;
        }
        try {
            Thread.sleep(Math.min(RETRY_MS, left));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        return 1;
    }
}
