package org.parley.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.parley.ui.controls.SearchField;
import org.parley.ui.controls.WholeTabPane;
import org.parley.model.Dataset;
import org.parley.seed.Printable;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.render.timeline.TimelineMetrics;
import org.parley.store.DataPaths;
import org.parley.ui.actors.ActorPanel;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.DialogKeys;
import org.parley.ui.support.FirstControl;
import org.parley.ui.support.MenuKeys;
import org.parley.ui.support.SuperKeys;
import org.parley.ui.support.ErrorDialogs;
import org.parley.ui.support.WindowPlacement;
import org.parley.ui.support.WindowPrefs;
import org.parley.ui.detail.DetailPane;
import org.parley.ui.divergence.DivergenceList;
import org.parley.ui.filter.FilterPane;
import org.parley.ui.map.MapView;
import org.parley.ui.positions.PositionsPanel;
import org.parley.ui.present.PresentationMode;
import org.parley.ui.search.SearchResultsView;
import org.parley.ui.search.SearchService;
import org.parley.ui.source.SourceReader;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.parley.ui.table.EventTable;
import org.parley.ui.timeline.TimelineView;

import java.util.HashSet;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The explorer window: the timeline across the top; actors, filters and search on the left; the
 * map and the event table in the middle; the detail pane and the source reader on the right.
 * It wires panels to the shared state and nothing else: panels never see each other.
 */
public final class MainWindow implements WindowActions {

    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());

    public static final String TITLE_PREFIX = "Parley — ";
    /** From this window height up, the timeline has room for its key above the overview band. */
    private static final double TALL_SCREEN = 1000;
    /** Title bar, menu, toolbar and status bar together, about; only the first arrangement of the middle uses it. */
    private static final double WINDOW_CHROME = 130;

    private final ExplorerState state;
    private final WindowPrefs prefs;
    /** Runs a search for the text, listing up to the number of hits given. */
    private final BiFunction<String, Integer, CompletableFuture<SearchResults>> search;
    /** Makes the whole count of results shown while it was being made ({@link SearchResults#counting}). */
    private Function<SearchResults, CompletableFuture<SearchResults>> searchCount = CompletableFuture::completedFuture;
    /** How many hits the current search lists: a page at first, a page more at each "Show more". */
    private int searchLimit = SearchService.PAGE;
    private final BorderPane root = new BorderPane();
    private final TextField searchField = SearchField.create("Search events, actors, articles (Ctrl+F)");
    /** How long the window stays unchanged before its settings are written. */
    static final Duration PREFS_SETTLE = Duration.seconds(2);
    private final SplitPane vertical = new SplitPane();
    private final SplitPane horizontal = new SplitPane();
    private final MapAndTable middle;
    private final TabPane left = new WholeTabPane(PanelSizes.LEFT_WIDTH);
    private final TabPane right = new WholeTabPane(PanelSizes.RIGHT_WIDTH);
    private final TimelineView timeline;
    private final MapView map;
    private final EventTable table;
    private final Tab actorsTab;
    private final Tab filtersTab;
    private final Tab searchTab;
    private final Tab detailTab;
    private final Tab sourceTab;
    private final Tab compareTab;
    private final Tab positionsTab;
    private DialogActions dialogs = DialogActions.NONE;
    private Stage stage;
    private WindowPlacement placement;
    private boolean keyShownByDefault = true;
    /** One panel over the whole work area (Ctrl+M), and back. */
    private EnlargedPanel enlarger;

    /** A window whose search lists one page of hits, whatever is asked: for tests that need no more. */
    public MainWindow(ExplorerState state, WindowPrefs prefs, Function<String, CompletableFuture<SearchResults>> search) {
        this(state, prefs, (text, limit) -> search.apply(text));
    }

    public MainWindow(ExplorerState state, WindowPrefs prefs,
                      BiFunction<String, Integer, CompletableFuture<SearchResults>> search) {
        this.state = state;
        this.prefs = prefs;
        this.search = search;
        this.timeline = new TimelineView(state);
        this.map = new MapView(state);
        this.table = new EventTable(state);
        this.middle = new MapAndTable(map, table);
        this.actorsTab = tab("Actors", new ActorPanel(state));
        this.filtersTab = lazyTab("Filters", () -> new FilterPane(state));
        // The suggested text goes into the search box, whose change runs the search, as typing does.
        this.searchTab = lazyTab("Search", () -> {
            SearchResultsView view = new SearchResultsView(state, searchField::setText);
            view.setOnShowMore(this::showMoreResults);
            return view;
        });
        this.detailTab = tab("Detail", new DetailPane(state));
        this.sourceTab = lazyTab("Source", () -> new SourceReader(state));
        this.compareTab = lazyTab("Compare", () -> new DivergenceList(state));
        this.positionsTab = lazyTab("Positions", () -> new PositionsPanel(state));
        build();
    }

    private void build() {
        root.setId("main-window");
        searchField.setId("search-field");
        searchField.setPrefColumnCount(20);
        searchField.disableProperty().bind(state.noDatabaseProperty());

        left.setId("left-tabs");
        left.getTabs().addAll(actorsTab, filtersTab, searchTab, compareTab);
        right.setId("right-tabs");
        right.getTabs().addAll(detailTab, sourceTab, positionsTab);
        timeline.setId("timeline");
        map.setId("map-view");
        horizontal.setId("panes");
        StackPane workArea = new StackPane();
        enlarger = new EnlargedPanel(workArea, vertical, List.of(vertical, horizontal, middle.split()));
        EnlargedPanel.Slot leftSlot = enlarger.slot(() -> tabName(left), left, left);
        horizontal.getItems().addAll(leftSlot,
                enlarger.slot(() -> middle.stacked() ? "map and events" : tabName(middle.tabs()), middle, middle),
                enlarger.slot(() -> tabName(right), right, right));
        vertical.setId("timeline-split");
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.getItems().addAll(enlarger.slot(() -> "timeline", new FocusFrame(timeline),
                new EnlargedPanel.Spot(TimelineMetrics.GUTTER,
                        TimelineMetrics.AXIS_HEIGHT)), horizontal);
        SplitPane.setResizableWithParent(leftSlot, false);
        PanelSizes.apply(timeline, map, table, left, middle, right);
        vertical.heightProperty().addListener((o, was, now) ->
                middle.fit(now.doubleValue() - PanelSizes.TIMELINE_ROOM - PanelSizes.DIVIDER));

        root.setTop(new VBox(MainMenu.create(state, this, timeline.laneModeProperty(), timeline.legendVisibleProperty()),
                MainToolBar.create(state, this, searchField, timeline.laneModeProperty(), timeline.legendVisibleProperty())));
        workArea.getChildren().setAll(vertical, new NoDataNotice(state));
        root.setCenter(workArea);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F6 && !e.isShortcutDown() && !e.isAltDown()) {
                cyclePanels(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.F5 && e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown()
                    && !MainMenu.noEvents(state).get()) {
                // Some clickers' "start the show" key sends Shift+F5 (present from here), not F5.
                present();
                e.consume();
            }
        });
        root.setBottom(new StatusBar(state));
        wireSearch();
        // A choice made in a panel shows its consequence where it is read.
        // Not from the positions board either: a stance turns the reader to its words behind the board.
        state.passageToReadProperty().addListener((o, was, now) -> {
            if (now != null && !choosingOnTheBoard()) {
                // A passage opened from the Detail pane (Enter or a click on its line) hides the pane that
                // held the keyboard: the focus had fallen to the toolbar's first button, where the arrows
                // walked the toolbar and Esc no longer put an enlarged panel back. It goes with the passage.
                boolean keysInDetail = holdsFocus(detailTab.getContent());
                right.getSelectionModel().select(sourceTab);
                if (keysInDetail && sourceTab.getContent() instanceof SourceReader reader) {
                    reader.focusArticle(now.sourceId());
                }
            }
        });
        // Not from the positions board: a click on a stance there had brought the detail forward and
        // taken the board away, the reader's place on it lost. The board marks the stance's cells, and
        // the timeline, map and source follow; the Detail tab is a click away.
        state.selectedEventProperty().addListener((o, was, now) -> {
            if (now != null && right.getSelectionModel().getSelectedItem() != sourceTab && !choosingOnTheBoard()) {
                right.getSelectionModel().select(detailTab);
            }
        });
        // A Compare card's consequence is the two readings, which the source reader sets side by side and
        // marks; the detail had come forward instead, its "Where they differ" far below the event's title.
        state.selectedDivergenceProperty().addListener((o, was, now) -> {
            if (now != null) {
                right.getSelectionModel().select(sourceTab);
            }
        });
    }

    /** A tab pane's name in a sentence: the title of the tab it shows ("Network" when the actors show it). */
    private static String tabName(TabPane pane) {
        Tab shown = pane.getSelectionModel().getSelectedItem();
        return shown == null ? "panel" : shown.getText();
    }

    /** Whether the keyboard focus is in {@code panel} (or on it). */
    private static boolean holdsFocus(Node panel) {
        Node n = panel == null || panel.getScene() == null ? null : panel.getScene().getFocusOwner();
        for (; n != null; n = n.getParent()) {
            if (n == panel) {
                return true;
            }
        }
        return false;
    }

    /** Whether the positions board is in front and holds the focus, as after a click on one of its stances. */
    private boolean choosingOnTheBoard() {
        return right.getSelectionModel().getSelectedItem() == positionsTab && holdsFocus(positionsTab.getContent());
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        t.setId("tab-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        return t;
    }

    /**
     * A tab whose panel is built the first time it is shown. Hidden tabs still cost style and
     * layout passes, and the source reader alone is hundreds of text runs: start-up pays only for
     * what is on screen. Panels read the state when built, so nothing is missed.
     */
    private static Tab lazyTab(String title, Supplier<Node> panel) {
        Tab t = tab(title, null);
        Runnable build = () -> {
            if (t.getContent() == null) {
                t.setContent(panel.get());
            }
        };
        t.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                build.run();
            }
        });
        if (t.isSelected()) {
            build.run();
        }
        return t;
    }

    private void wireSearch() {
        PauseTransition debounce = new PauseTransition(Duration.millis(180));
        searchField.textProperty().addListener((o, was, now) -> debounce.playFromStart());
        debounce.setOnFinished(e -> runSearch(searchField.getText(), false));
        // Enter goes to the best result, as a search box's Enter does elsewhere; the arrows then walk the rest.
        searchField.setOnAction(e -> {
            debounce.stop();
            runSearch(searchField.getText(), true);
        });
        // Down and Up walk the results from the box (the list was reached only by Alt+8 or F6 and Tab).
        searchField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean down = e.getCode() == KeyCode.DOWN;
            if ((down || e.getCode() == KeyCode.UP) && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()
                    // The results of what the box holds, not of a search it replaces that is still under way.
                    && !state.searchProperty().get().query().isBlank()
                    && state.searchProperty().get().query().equals(searchField.getText())
                    && searchTab.getContent() instanceof SearchResultsView view) {
                left.getSelectionModel().select(searchTab);
                view.step(down ? 1 : -1);
                e.consume();
            }
        });
        state.datasetProperty().addListener((o, was, now) -> {
            if (was == null && now != null && !searchField.getText().isBlank()) {
                runSearch(searchField.getText(), false); // typed while the data was still being read
            } else if (state.isReloading() && now != null && !searchField.getText().isBlank()) {
                runSearch(searchField.getText(), false, false); // the same search, in what the database holds now
            } else {
                searchField.clear();
            }
        });
        // A list cut to the best results holds the best of what the filters show: chosen again when they change.
        state.visibleEventsProperty().addListener((o, was, now) -> {
            SearchResults last = state.searchProperty().get();
            if (last != null && last.isCapped() && last.query().equals(searchField.getText())) {
                runSearch(searchField.getText(), false, false);
            }
        });
    }

    private void runSearch(String text, boolean openBest) {
        runSearch(text, openBest, true);
    }

    /**
     * What makes a search's whole count after its list is shown (the app's {@code SearchService::count}): until set,
     * results shown while counting keep saying "at least".
     */
    public void setSearchCount(Function<SearchResults, CompletableFuture<SearchResults>> count) {
        this.searchCount = count;
    }

    /** Once the whole count of {@code shown} is made, says it, if those results are still the ones shown. */
    private void countInFull(SearchResults shown) {
        searchCount.apply(shown).whenComplete((all, error) -> {
            if (error != null) {
                // The list stands; its count stays "at least" what was known, which is true.
                LOG.log(Level.WARNING, "Counting the search's results failed", error);
            } else if (state.searchProperty().get() == shown && all != shown) {
                state.searchProperty().set(all);
            }
        });
    }

    /** The same search again, listing a page more of its hits (the Search tab's "Show 200 more"). */
    private void showMoreResults() {
        SearchResults shown = state.searchProperty().get();
        if (shown != null && shown.isCapped() && shown.query().equals(searchField.getText())) {
            searchLimit += SearchService.PAGE;
            runSearch(searchField.getText(), false, false);
        }
    }

    /** {@code showTab}: bring the Search tab forward (not when a filter change chose the results again). */
    private void runSearch(String text, boolean openBest, boolean showTab) {
        if (!text.equals(state.searchTextProperty().get())) {
            searchLimit = SearchService.PAGE; // other words: their best page first
        }
        state.searchTextProperty().set(text);
        search.apply(text, searchLimit).whenComplete((results, error) -> {
            if (!text.equals(state.searchTextProperty().get())) {
                return; // a newer search is under way
            }
            if (error != null) {
                ErrorDialogs.show(stage, "The search failed.", error, "Try other words.");
                state.searchProperty().set(SearchResults.NONE);
            } else {
                state.searchProperty().set(results);
                if (results.counting()) {
                    countInFull(results);
                }
                if (showTab && !results.query().isBlank()) {
                    left.getSelectionModel().select(searchTab);
                    if (openBest && searchTab.getContent() instanceof SearchResultsView view) {
                        view.openBest();
                    }
                }
            }
        });
    }

    /** Says in the title and over the panels that the data could not be opened ({@code why}), instead of "loading…" for ever. */
    public void loadFailed(String why) {
        state.openFailureProperty().set(why);
    }

    /**
     * Puts the window on {@code stage}: the remembered bounds and dividers when they fit today's
     * screen, otherwise the whole screen with dividers that suit it.
     */
    public void attach(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("main.css").toExternalForm());
        MenuKeys.install(scene);
        SuperKeys.install(stage);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> TITLE_PREFIX + (state.dataset() != null ? Printable.title(state.dataset().title())
                        : state.openFailureProperty().get() != null ? "no data open"
                        : state.previewProperty().get() != null
                        ? Printable.title(state.previewProperty().get().focusWindow().title()) + " (loading…)" : "loading…"),
                state.datasetProperty(), state.previewProperty(), state.openFailureProperty()));
        placement = WindowPlacement.apply(stage, prefs);
        middle.arrangeFor(stage.getHeight() - WINDOW_CHROME - PanelSizes.TIMELINE_ROOM - PanelSizes.DIVIDER);
        stage.setOnCloseRequest(e -> {
            if (!mayQuit()) {
                e.consume();
            }
        });
        boolean reuse = placement.dividersFit();
        // On a short screen the key's two rows would take a third of the lanes' height: it starts
        // folded there (Ctrl+K or the Key button shows it), and the timeline gets the larger share.
        boolean shortScreen = stage.getHeight() < TALL_SCREEN;
        keyShownByDefault = !shortScreen;
        String key = prefs.get("timeline.key", "");
        timeline.legendVisibleProperty().set(key.isEmpty() ? keyShownByDefault : key.equals("shown"));
        double timelineShare = divider(reuse, "divider.vertical", shortScreen ? 0.56 : 0.5);
        double[] columns = {divider(reuse, "divider.left", 0.29), divider(reuse, "divider.right", 0.68)};
        middle.setDividerPosition(divider(reuse, "divider.middle", 0.55));
        // The split pane does not hold a position set by code to the panes' minimums: the share is
        // cut here so the panels below keep theirs.
        DividerHold.keep(vertical, wanted -> {
            double h = vertical.getHeight();
            double room = h <= 0 ? wanted[0] : (h - horizontal.minHeight(-1) - PanelSizes.DIVIDER) / h;
            return new double[] {Math.max(0.08, Math.min(wanted[0], room))};
        }, new double[] {timelineShare}, middle.getChildren());
        DividerHold.keep(horizontal, columns);
        saveWhenSettled(stage);
    }

    /**
     * The window's place, size, dividers, key and theme are written a moment after the user stops
     * changing them, not only on a clean quit: a session ended by logging out, a crash or a kill kept none.
     */
    private void saveWhenSettled(Stage stage) {
        PauseTransition settle = new PauseTransition(PREFS_SETTLE);
        // The values are read here; the file is written on the compute thread, not in a frame of the window.
        settle.setOnFinished(e -> {
            recordPrefs();
            BackgroundThread.compute().submit(() -> {
                prefs.flush();
                return null;
            });
        });
        // A change listener, not an invalidation one: a property nobody reads again reports one invalidation only.
        ChangeListener<Object> later = (o, was, now) -> settle.playFromStart();
        List.<ObservableValue<?>>of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty(), stage.maximizedProperty(), state.darkProperty(),
                timeline.legendVisibleProperty()).forEach(p -> p.addListener(later));
        for (SplitPane split : List.of(vertical, horizontal)) {
            split.getDividers().forEach(d -> d.positionProperty().addListener(later));
        }
        // Closed, the window was saved by the quit itself; nothing is written after it.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> settle.stop());
    }

    /** A remembered divider position, unless it is from another screen or squeezes a pane shut. */
    private double divider(boolean reuse, String key, double fallback) {
        double saved = reuse ? prefs.get(key, fallback) : fallback;
        return saved >= 0.08 && saved <= 0.92 ? saved : fallback;
    }

    public void savePrefs() {
        if (stage == null) {
            return;
        }
        recordPrefs();
        prefs.flush();
    }

    /** Puts the window's state into {@link #prefs}, on the JavaFX thread that owns it; writing the file is apart. */
    private void recordPrefs() {
        placement.save();
        prefs.put("dark", state.darkProperty().get());
        // Only a choice the user made is kept: otherwise the next screen decides again.
        boolean shown = timeline.legendVisibleProperty().get();
        prefs.put("timeline.key", shown == keyShownByDefault ? "" : shown ? "shown" : "folded");
        prefs.put("divider.vertical", vertical.getDividerPositions()[0]);
        prefs.put("divider.left", horizontal.getDividerPositions()[0]);
        prefs.put("divider.right", horizontal.getDividerPositions()[1]);
        prefs.put("divider.middle", middle.dividerPosition());
        PresentationMode.saveTo(prefs);
    }

    public BorderPane root() {
        return root;
    }

    /** Whether the map and the table are stacked (true) or tabs of one pane (false); for tests. */
    boolean middleStacked() {
        return middle.stacked();
    }

    public TimelineView timeline() {
        return timeline;
    }

    public MapView map() {
        return map;
    }

    /** The event table (in or out of the scene: on a short screen it joins when its tab is chosen). */
    EventTable table() {
        return table;
    }

    /** Hooks for the actions that open their own windows or need the database (import, export, presentation). */
    public void setDialogActions(DialogActions dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @Override
    public void fitWeek() {
        timeline.fitWeek();
    }

    @Override
    public void fitAll() {
        timeline.fitAll();
    }

    @Override
    public void zoomIn() {
        timeline.zoomIn();
    }

    @Override
    public void zoomOut() {
        timeline.zoomOut();
    }

    @Override
    public void previousEvent() {
        state.step(-1);
    }

    @Override
    public void nextEvent() {
        state.step(1);
    }

    @Override
    public void clearSelection() {
        state.selectedEventProperty().set(null);
        state.selectedActorProperty().set(null);
        state.selectedPlaceProperty().set(null);
    }

    @Override
    public void clearFilters() {
        state.filterProperty().set(EventFilter.NONE);
    }

    @Override
    public void undoFilterChange() {
        state.filterHistory().undo();
    }

    @Override
    public void redoFilterChange() {
        state.filterHistory().redo();
    }

    @Override
    public void filterByActor() {
        Dataset ds = state.dataset();
        String actor = state.selectedActorProperty().get();
        Optional<Event> event = ds == null ? Optional.empty()
                : Optional.ofNullable(state.selectedEventProperty().get()).flatMap(ds::event);
        Set<String> chosen = actor != null ? Set.of(actor) : event.map(ds::involved).orElse(Set.of());
        if (chosen.isEmpty()) {
            // Nothing selected to filter by: the actors' list, to type one's name in.
            focusPanel(FILTERS_PANEL);
            Platform.runLater(() -> {
                if (filtersTab.getContent() instanceof FilterPane filters) {
                    filters.findActor();
                }
            });
            return;
        }
        Set<String> actors = new HashSet<>(state.filterProperty().get().actors());
        actors.addAll(chosen);
        state.filterProperty().set(state.filterProperty().get().withActors(actors));
    }

    /** The Filters pane's place in {@link #focusPanel}'s order (Alt+5). */
    private static final int FILTERS_PANEL = 4;

    @Override
    public void focusPanel(int index) {
        enlarger.restoreUnlessShowing(switch (index) {
            case 0 -> timeline;
            case 1, 2 -> middle;
            case 3, 4, 7, 8 -> left;
            default -> right;
        });
        switch (index) {
            case 0 -> timeline.requestFocus();
            case 1 -> {
                middle.showMap();
                map.requestFocus();
            }
            case 2 -> {
                middle.showTable();
                table.requestFocus();
            }
            case 3 -> select(left, actorsTab);
            case 4 -> select(left, filtersTab);
            case 5 -> select(right, detailTab);
            case 6 -> select(right, sourceTab);
            case 7 -> select(left, searchTab);
            case 8 -> select(left, compareTab);
            case 9 -> select(right, positionsTab);
            default -> throw new IllegalArgumentException("no panel " + index);
        }
    }

    /**
     * F6 and Shift+F6 walk the panes, not their tabs: a side pane gets the focus on its tab row, with
     * its ring, showing the tab it shows (arrows change the tab, Tab goes in). Each detail and
     * source tab used to be a stop of its own, so passing through switched the right pane's tab.
     * The walk starts from the pane that holds the focus: it had counted on from the last stop F6 itself
     * visited, so after a click into the map F6 went on from wherever it had been before.
     */
    private void cyclePanels(int step) {
        List<Node> stops = panelStops();
        int from = stopOfFocus(stops);
        // From outside every pane (the toolbar, the search box) F6 starts at the first, Shift+F6 at the last.
        int cycled = from >= 0 ? from : step > 0 ? -1 : stops.size();
        // While one panel is enlarged the others lie behind it: F6 walks only what is shown, as it walks a
        // window's panes, and Esc or Ctrl+M (said on the bar) bring the rest back. It had stepped into the
        // hidden panes, the keyboard lost behind the layer, or brought them back on the way to the timeline.
        for (int tried = 0; tried < stops.size(); tried++) {
            cycled = Math.floorMod(cycled + step, stops.size());
            if (!enlarger.hides(stops.get(cycled))) {
                break;
            }
        }
        Node stop = stops.get(cycled);
        if (stop == left || stop == right) {
            stop.requestFocus();
        } else if (stop == timeline) {
            focusPanel(0);
        } else if (stop == map || stop == table) {
            focusPanel(stop == map ? 1 : 2);
        } else {
            // The middle as tabs is one pane, entered at the tab it shows: it had been two stops, the map
            // and the table, so a walk round from the Events tab came back to it with the map shown.
            focusPanel(middle.showsTable() ? 2 : 1);
        }
    }

    /**
     * F6's stops in reading order, each a pane the window shows: the timeline, the left pane, the middle
     * (the map and the table when stacked, one pane as tabs) and the right pane.
     */
    private List<Node> panelStops() {
        return middle.stacked() ? List.of(timeline, left, map, table, right) : List.of(timeline, left, middle, right);
    }

    /** The index in {@code stops} of the one that holds the keyboard focus, or -1 (the toolbar, the search box). */
    private int stopOfFocus(List<Node> stops) {
        Node n = root.getScene() == null ? null : root.getScene().getFocusOwner();
        for (; n != null; n = n.getParent()) {
            int index = stops.indexOf(n);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    /** Shows the tab and puts the focus in it (see {@link FirstControl}), so arrows and typing work there at once. */
    private static void select(TabPane pane, Tab tab) {
        pane.getSelectionModel().select(tab);
        Platform.runLater(() -> FirstControl.focus(tab.getContent()));
    }

    @Override
    public void togglePanelEnlarged() {
        enlarger.toggle();
    }

    /** Whether one panel is shown over the whole work area; for the menu's tick. */
    public ReadOnlyBooleanProperty panelEnlargedProperty() {
        return enlarger.enlargedProperty();
    }

    /** The panel shown over the work area, or null; for tests. */
    Node enlargedPanel() {
        return enlarger.enlargedPanel();
    }

    @Override
    public void importDataset() {
        dialogs.importDataset().run();
    }

    @Override
    public void restoreSeeds() {
        dialogs.restoreSeeds().run();
    }

    @Override
    public void restoreBackup() {
        dialogs.restoreBackup().run();
    }

    @Override
    public void exportData() {
        dialogs.exportData().run();
    }

    @Override
    public void exportImage() {
        dialogs.exportImage().run();
    }

    @Override
    public void present() {
        dialogs.present().run();
    }

    @Override
    public void handout() {
        dialogs.handout().run();
    }

    @Override
    public void showDatasetInfo() {
        DatasetOverview.show(stage, state);
    }

    @Override
    public void showAbout() {
        AboutParley.show(stage, DataPaths.system().dataDir());
    }

    @Override
    public void showShortcuts() {
        ShortcutsDialog.show(stage);
    }

    @Override
    public void quit() {
        if (!mayQuit()) {
            return;
        }
        if (stage != null) {
            stage.close();
        }
        Platform.exit();
    }

    /**
     * Whether to quit while something is being written: an import cut short is rolled back, so the
     * database stays as it was, but the user who quit should know the import will not be there. The
     * work may end while the question is open (an import's dialog then opens over it): the reason for
     * asking is gone, and the quit the user asked for goes ahead, with the work kept. Work that failed, or
     * stopped to ask something, calls the quit off instead: its dialog says what the user must know.
     */
    private boolean mayQuit() {
        String doing = state.activityProperty().get();
        if (doing == null || doing.isEmpty()) {
            return true;
        }
        ButtonType quitAnyway = new ButtonType("Quit anyway",
                ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "", quitAnyway, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle("Quit Parley?");
        sayUnfinished(ask, doing);
        ask.getDialogPane().setId("quit-while-busy");
        DialogKeys.defaultTo(ask, ButtonType.CANCEL);
        boolean[] unfinished = new boolean[1];
        ChangeListener<String> changed = (o, was, now) -> {
            unfinished[0] |= state.endingUnfinished();
            if (now == null || now.isEmpty()) {
                ask.setResult(unfinished[0] ? ButtonType.CANCEL : quitAnyway);
                ask.close();
            } else {
                // Of two pieces of work one ended: the question names the one still under way.
                sayUnfinished(ask, now);
            }
        };
        state.activityProperty().addListener(changed);
        try {
            return ask.showAndWait().filter(b -> b == quitAnyway).isPresent();
        } finally {
            state.activityProperty().removeListener(changed);
        }
    }

    private void sayUnfinished(Alert ask, String doing) {
        ask.setHeaderText(doing.replace("\u2026", "") + " is not finished.");
        ask.setContentText("If you quit now it is not kept: " + state.activityIfQuitProperty().get()
                + ". Leave this open and Parley quits as soon as it is done; Cancel keeps Parley open.");
    }
}
