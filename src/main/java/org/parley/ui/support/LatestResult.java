package org.parley.ui.support;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A computation a view asks for again and again (a layout after each filter change) of which
 * only the newest answer matters: each result reaches {@code onResult} on the JavaFX thread
 * unless a newer request was made in the meantime, so a slow old answer never overwrites a
 * fresh one; and a request overtaken before its turn on the thread is not computed at all, so
 * a burst of filter changes costs one computation, not one per change.
 */
public final class LatestResult<T> {

    private static final Logger LOG = Logger.getLogger(LatestResult.class.getName());

    private final BackgroundThread thread;
    private final boolean first;
    private final Consumer<T> onResult;
    private Consumer<Throwable> onFailure = failure -> { };
    private final AtomicLong generation = new AtomicLong();

    public LatestResult(BackgroundThread thread, Consumer<T> onResult) {
        this(thread, false, onResult);
    }

    /**
     * @param first whether the work runs ahead of other queued work ({@link BackgroundThread#submitFirst}):
     *              for what the reader waits on to see a click answered
     */
    public LatestResult(BackgroundThread thread, boolean first, Consumer<T> onResult) {
        this.thread = thread;
        this.first = first;
        this.onResult = onResult;
    }

    /**
     * Also tells {@code handler}, on the JavaFX thread, when the newest request failed (after the
     * log has it), so a view waiting for it can say so rather than wait for ever.
     */
    public LatestResult<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /** Drops the answer to any request still pending: the caller has a newer one of its own. */
    public void discard() {
        generation.incrementAndGet();
    }

    /** Asks for a new result; call on the JavaFX thread. */
    public void request(Supplier<T> work) {
        long mine = generation.incrementAndGet();
        Supplier<T> unlessOvertaken = () -> mine == generation.get() ? work.get() : null;
        (first ? thread.submitFirst(unlessOvertaken) : thread.submit(unlessOvertaken)).whenComplete((value, failure) -> {
            if (mine != generation.get()) {
                return;
            }
            if (failure != null) {
                LOG.log(Level.WARNING, "background computation failed", failure);
                onFailure.accept(failure);
            } else {
                onResult.accept(value);
            }
        });
    }
}
