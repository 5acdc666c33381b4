package org.parley.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.parley.model.Dataset;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.LoadedDataset;
import org.parley.ui.support.WindowBounds;
import org.parley.ui.support.WindowPrefs;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** The main window on a TestFX stage, with the bundled week and a test-only preferences node. */
final class ExplorerWindow {

    /** Never the user's file: see {@link WindowPrefs#FILE_PROPERTY}; absolute, so an IDE's run keeps it in target/ too. */
    static final String PREFS_FILE = Path.of("target", "test-prefs", "window-layout.properties").toAbsolutePath().toString();

    final ExplorerState state;
    final Dataset data;
    final MainWindow window;
    final Stage stage;

    private ExplorerWindow(Stage stage, ExplorerState state, Dataset data, MainWindow window) {
        this.stage = stage;
        this.state = state;
        this.data = data;
        this.window = window;
    }

    static Dataset week() throws Exception {
        LoadedDataset loaded = new ExchangeFormatReader().load(Path.of(System.getProperty("parley.seeds", "seeds")));
        return loaded.dataset();
    }

    static WindowPrefs prefs() {
        System.setProperty(WindowPrefs.FILE_PROPERTY, PREFS_FILE);
        return WindowPrefs.load();
    }

    /** Opens the window at {@code width}×{@code height} (the stage is the scene: Monocle draws no frame). */
    static ExplorerWindow open(Stage stage, Dataset data, double width, double height) {
        WindowPrefs prefs = prefs();
        prefs.putBounds(new WindowBounds(new Rectangle2D(0, 0, 1000, 700), false), new Rectangle2D(0, 0, 1280, 800));
        ExplorerState state = new ExplorerState();
        ThemeSwitcher.follow(state);
        MainWindow window = new MainWindow(state, prefs, text -> CompletableFuture.completedFuture(SearchResults.NONE));
        ExplorerWindow w = new ExplorerWindow(stage, state, data, window);
        window.attach(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        state.datasetProperty().set(data);
        return w;
    }

    /** The node's bounds in the scene. */
    static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }
}
