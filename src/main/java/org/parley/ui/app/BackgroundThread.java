package org.parley.ui.app;

import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One named background thread whose results come back on the JavaFX thread. The app keeps one for
 * the database, so the JavaFX thread never waits on SQLite and the connection is never shared
 * between threads; the image export dialog keeps one for previews and writing.
 */
public final class BackgroundThread implements AutoCloseable {

    private final ExecutorService executor;

    public BackgroundThread(String name) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
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
