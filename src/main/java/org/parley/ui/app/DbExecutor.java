package org.parley.ui.app;

import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The one thread that talks to the database, so the JavaFX thread never waits on SQLite and the
 * connection is never shared between threads.
 */
public final class DbExecutor implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-db");
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code work} on the database thread; the future completes on the JavaFX thread. */
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

    /** Runs {@code work} on the database thread and waits for it (shutdown only). */
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
