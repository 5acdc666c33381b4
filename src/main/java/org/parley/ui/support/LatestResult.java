package org.parley.ui.support;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A computation a view asks for again and again (a layout after each filter change) of which
 * only the newest answer matters: each result reaches {@code onResult} on the JavaFX thread
 * unless a newer request was made in the meantime, so a slow old answer never overwrites a
 * fresh one.
 */
public final class LatestResult<T> {

    private static final Logger LOG = Logger.getLogger(LatestResult.class.getName());

    private final BackgroundThread thread;
    private final Consumer<T> onResult;
    private long generation;

    public LatestResult(BackgroundThread thread, Consumer<T> onResult) {
        this.thread = thread;
        this.onResult = onResult;
    }

    /** Drops the answer to any request still pending: the caller has a newer one of its own. */
    public void discard() {
        ++generation;
    }

    /** Asks for a new result; call on the JavaFX thread. */
    public void request(Supplier<T> work) {
        long mine = ++generation;
        thread.submit(work).whenComplete((value, failure) -> {
            if (mine != generation) {
                return;
            }
            if (failure != null) {
                LOG.log(Level.WARNING, "background computation failed", failure);
            } else {
                onResult.accept(value);
            }
        });
    }
}
