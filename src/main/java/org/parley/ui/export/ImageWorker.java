package org.parley.ui.export;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * One background thread for rendering previews and writing exports, so the dialog never blocks
 * the JavaFX thread. Results come back on the JavaFX thread.
 */
final class ImageWorker implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-image-export");
        t.setDaemon(true);
        return t;
    });

    <T> CompletableFuture<T> submit(Supplier<T> work) {
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

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
