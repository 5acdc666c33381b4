package org.parley.ui.support;

import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One named background thread whose results come back on the JavaFX thread.
 *
 * <p>The app has exactly two: {@link #compute()}, shared by every view and dialog for work that
 * grows with the data (timeline layouts, map aggregates, the network layout, export previews and
 * writing), and the database's own, so the SQLite connection is never shared between threads. A
 * single compute thread keeps results in the order they were asked for and lets each view keep
 * its caches without locks; {@link LatestResult} drops results a newer request has overtaken.
 */
public final class BackgroundThread implements AutoCloseable {

    private static final class Shared {
        static final BackgroundThread COMPUTE = new BackgroundThread("parley-compute");
    }

    private final ExecutorService executor;

    public BackgroundThread(String name) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The thread every view and dialog computes on. */
    public static BackgroundThread compute() {
        return Shared.COMPUTE;
    }

    /** Runs {@code work} on this thread; the future completes on the JavaFX thread. */
    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                T value = work.get();
                Platform.runLater(() -> result.complete(value));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> result.completeExceptionally(e));
            }
        });
        return result;
    }

    /**
     * Runs {@code work} on this thread; the future completes on this thread too, for a caller
     * that looks at it without waiting and chooses itself where to go on.
     */
    public <T> CompletableFuture<T> supply(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor);
    }

    /** Runs {@code work} as the last task and waits for it (shutdown only). */
    public void runAndWait(Runnable work, long timeoutSeconds) throws InterruptedException {
        executor.execute(work);
        executor.shutdown();
        executor.awaitTermination(timeoutSeconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
