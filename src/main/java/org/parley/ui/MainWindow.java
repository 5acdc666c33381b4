package org.parley.ui;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.textfield.TextFields;
import org.parley.ui.app.ErrorDialogs;
import org.parley.ui.app.WindowPrefs;
import org.parley.ui.filter.FilterPane;
import org.parley.ui.search.SearchResultsView;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.parley.ui.table.EventTable;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The explorer window: the timeline across the top; filters, actors and search on the left; the
 * map and the event table in the middle; the detail pane and the source reader on the right.
 * It wires panels to the shared state and nothing else: panels never see each other.
 */
public final class MainWindow {

    public static final String TITLE_PREFIX = "Parley — ";

    private final ExplorerState state;
    private final WindowPrefs prefs;
    private final Function<String, CompletableFuture<SearchResults>> search;
    private final BorderPane root = new BorderPane();
    private final TextField searchField = TextFields.createClearableTextField();
    private final SplitPane vertical = new SplitPane();
    private final SplitPane horizontal = new SplitPane();
    private final SplitPane middle = new SplitPane();
    private final TabPane left = new TabPane();
    private final TabPane right = new TabPane();
    private Stage stage;

    public MainWindow(ExplorerState state, WindowPrefs prefs, Function<String, CompletableFuture<SearchResults>> search) {
        this.state = state;
        this.prefs = prefs;
        this.search = search;
        build();
    }

    private void build() {
        root.setId("main-window");
        searchField.setId("search-field");
        searchField.setPromptText("Search events, quotes, articles (Ctrl+F)");
        searchField.setPrefColumnCount(28);

        left.setId("left-tabs");
        left.getTabs().addAll(tab("Filters", new FilterPane(state)), tab("Search", new SearchResultsView(state)),
                tab("Dataset", new DatasetOverview(state)));
        right.setId("right-tabs");
        right.getTabs().addAll(tab("Detail", placeholder("Detail pane")), tab("Source", placeholder("Source reader")));

        middle.setOrientation(Orientation.VERTICAL);
        middle.getItems().addAll(placeholder("Map"), new EventTable(state));
        horizontal.getItems().addAll(left, middle, right);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.getItems().addAll(placeholder("Timeline"), horizontal);

        root.setTop(new VBox(placeholder("menu"), searchField));
        root.setCenter(vertical);
        root.setBottom(new StatusBar(state));
        wireSearch();
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        t.setId("tab-" + title.toLowerCase());
        return t;
    }

    private static Node placeholder(String name) {
        return new Label(name);
    }

    private void wireSearch() {
        PauseTransition debounce = new PauseTransition(Duration.millis(180));
        searchField.textProperty().addListener((o, was, now) -> debounce.playFromStart());
        debounce.setOnFinished(e -> runSearch(searchField.getText()));
        searchField.setOnAction(e -> runSearch(searchField.getText()));
        state.datasetProperty().addListener((o, was, now) -> searchField.clear());
    }

    private void runSearch(String text) {
        state.searchTextProperty().set(text);
        search.apply(text).whenComplete((results, error) -> {
            if (!text.equals(state.searchTextProperty().get())) {
                return; // a newer search is under way
            }
            if (error != null) {
                ErrorDialogs.show(stage, "The search failed.", error, "Try other words.");
                state.searchProperty().set(SearchResults.NONE);
            } else {
                state.searchProperty().set(results);
                if (!results.query().isBlank()) {
                    left.getSelectionModel().select(1);
                }
            }
        });
    }

    /** Puts the window on {@code stage}, restoring the remembered size and dividers. */
    public void attach(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(root, prefs.get("width", 1440), prefs.get("height", 900));
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> TITLE_PREFIX + (state.dataset() == null ? "loading…" : state.dataset().title()),
                state.datasetProperty()));
        double x = prefs.get("x", Double.NaN);
        double y = prefs.get("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        vertical.setDividerPositions(prefs.get("divider.vertical", 0.42));
        horizontal.setDividerPositions(prefs.get("divider.left", 0.22), prefs.get("divider.right", 0.64));
        middle.setDividerPositions(prefs.get("divider.middle", 0.58));
    }

    public void savePrefs() {
        if (stage == null) {
            return;
        }
        prefs.put("width", stage.getWidth());
        prefs.put("height", stage.getHeight());
        prefs.put("x", stage.getX());
        prefs.put("y", stage.getY());
        prefs.put("dark", state.darkProperty().get());
        prefs.put("divider.vertical", vertical.getDividerPositions()[0]);
        prefs.put("divider.left", horizontal.getDividerPositions()[0]);
        prefs.put("divider.right", horizontal.getDividerPositions()[1]);
        prefs.put("divider.middle", middle.getDividerPositions()[0]);
        prefs.flush();
    }

    public BorderPane root() {
        return root;
    }
}
