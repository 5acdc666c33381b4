package org.parley.ui.tools;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.parley.model.Dataset;
import org.parley.seed.DatasetReader;
import org.parley.seed.LoadedDataset;
import org.parley.store.Origin;
import org.parley.store.ParleyStore;
import org.parley.ui.MainWindow;
import org.parley.ui.ThemeSwitcher;
import org.parley.ui.app.BackgroundThread;
import org.parley.ui.app.WindowPrefs;
import org.parley.ui.search.SearchService;
import org.parley.ui.state.ExplorerState;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Makes the README's screenshots from the real main window: run by docs/screenshots/make-screenshots.sh
 * under Xvfb, so anyone can remake them after a change to the UI.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        LoadedDataset loaded = new DatasetReader().load(Path.of("seeds"));
        Path db = Files.createTempFile("parley-shots", ".db");
        Files.delete(db);
        try (ParleyStore store = ParleyStore.open(db); BackgroundThread exec = new BackgroundThread("parley-db")) {
            store.importDataset(loaded.dataset(), loaded.contentHash(), Origin.SEED);
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            try {
                run(out, loaded.dataset(), new SearchService(exec, store));
            } finally {
                Platform.exit();
            }
        } finally {
            Files.deleteIfExists(db);
        }
    }

    private static void run(Path out, Dataset data, SearchService search) throws Exception {
        ExplorerState state = new ExplorerState();
        MainWindow[] window = new MainWindow[1];
        onFx(() -> {
            WindowPrefs prefs = WindowPrefs.load();
            prefs.put("width", 1600);
            prefs.put("height", 1000);
            ThemeSwitcher.follow(state);
            window[0] = new MainWindow(state, prefs, text -> search.search(text, state.dataset()));
            Stage stage = new Stage();
            window[0].attach(stage);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            state.datasetProperty().set(data);
        });
        settle();
        onFx(() -> {
            state.selectedActorProperty().set("grushko");
            state.selectedEventProperty().set("grushko-demands-interdependent");
        });
        settle();
        snapshot(window[0], out.resolve("main-light.png"));
        onFx(() -> state.darkProperty().set(true));
        settle();
        snapshot(window[0], out.resolve("main-dark.png"));
        onFx(() -> {
            state.darkProperty().set(false);
            window[0].focusPanel(6);
        });
        settle();
        snapshot(window[0], out.resolve("source-reader.png"));
    }

    private static void settle() throws InterruptedException {
        // Several pulses: canvases redraw on the next pulse after a change, the map animates for 350 ms.
        Thread.sleep(1500);
        onFx(() -> { });
    }

    private static void snapshot(MainWindow window, Path file) throws Exception {
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> image.complete(window.root().getScene().snapshot(null)));
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image.get(10, TimeUnit.SECONDS), null), "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("Cannot write " + file, e);
        }
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await(10, TimeUnit.SECONDS);
    }
}
