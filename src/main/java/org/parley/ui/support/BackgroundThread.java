package org.parley.ui.support;

import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One named background thread whose results come back on the JavaFX thread.
 *
 * <p>The app has exactly two: {@link #compute()}, shared by every view and dialog for work that
 * grows with the data (timeline layouts, map aggregates, the network layout, export previews and
 * writing), and the database's own, so the SQLite connection is never shared between threads. A
 * single compute thread keeps results in the order they were asked for and lets each view keep
 * its caches without locks; {@link LatestResult} drops results a newer request has overtaken.
 *
 * <p>Work the reader waits for to see the click answered (a filter, the timeline's layout) is
 * {@linkplain #submitFirst submitted first}: it runs ahead of everything queued, so a filter over
 * 100,000 events does not wait behind the map's counts and the network's layout of the last one.
 */
public final class BackgroundThread implements AutoCloseable {

    private static final class Shared {
        static final BackgroundThread COMPUTE = new BackgroundThread("parley-compute");
    }

    /** Queued work in the order it runs: first-submitted work before the rest, each kind in order of arrival. */
    private record Ranked(boolean first, long arrival, Runnable work) implements Runnable, Comparable<Ranked> {
        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Ranked o) {
            return first != o.first ? (first ? -1 : 1) : Long.compare(arrival, o.arrival);
        }
    }

    private final ThreadPoolExecutor executor;
    private final AtomicLong arrivals = new AtomicLong();
    private final Executor inOrder = work -> execute(false, work);

    public BackgroundThread(String name) {
        executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new PriorityBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The thread every view and dialog computes on. */
    public static BackgroundThread compute() {
        return Shared.COMPUTE;
    }

    /** Runs {@code work} on this thread after what is queued; the future completes on the JavaFX thread. */
    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        return submit(false, work);
    }

    /** As {@link #submit}, ahead of all queued work that was not itself submitted first. */
    public <T> CompletableFuture<T> submitFirst(Supplier<T> work) {
        return submit(true, work);
    }

    private <T> CompletableFuture<T> submit(boolean first, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        execute(first, () -> {
            try {
                T value = work.get();
                Platform.runLater(() -> result.complete(value));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> result.completeExceptionally(e));
            }
        });
        return result;
    }

    private void execute(boolean first, Runnable work) {
        executor.execute(new Ranked(first, arrivals.getAndIncrement(), work));
    }

    /**
     * Runs {@code work} on this thread; the future completes on this thread too, for a caller
     * that looks at it without waiting and chooses itself where to go on.
     */
    public <T> CompletableFuture<T> supply(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, inOrder);
    }

    /** Runs {@code work} as the last task and waits for it (shutdown only). */
    public void runAndWait(Runnable work, long timeoutSeconds) throws InterruptedException {
        execute(false, work);
        executor.shutdown();
        executor.awaitTermination(timeoutSeconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
