package org.parley.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Evidence;
import org.parley.model.Position;
import org.parley.model.Quote;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.LoadedDataset;
import org.parley.store.Origin;
import org.parley.store.ParleyStore;
import org.parley.ui.positions.PositionsPanel;
import org.parley.ui.state.Passage;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WindowBounds;
import org.parley.ui.support.WindowPrefs;
import javafx.geometry.Rectangle2D;
import org.parley.ui.search.SearchService;
import org.parley.ui.source.SourceReader;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.table.EventTable;
import org.parley.ui.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explorer as a researcher uses it: every panel follows a choice made in any one of them. */
@ExtendWith(FxThreadRobot.class)
class MainWindowTest {

    /** Absolute, so a run from an IDE (no surefire settings) keeps it out of the user's data folder too. */
    private static final Path PREFS_FILE = Path.of("target", "test-prefs", "main-window.properties").toAbsolutePath();

    @TempDir
    static Path tmp;

    private ExplorerState state;
    private MainWindow window;
    private Dataset data;
    private BackgroundThread db;
    private ParleyStore store;

    @BeforeAll
    static void isolatePreferences() {
        System.setProperty(WindowPrefs.FILE_PROPERTY, PREFS_FILE.toString());
    }

    @AfterAll
    static void leaveNoPreferencesBehind() throws IOException {
        // Windows closed by the last test save their bounds on the JavaFX thread: let that finish first.
        // A window of an earlier class may still be saving when this class ends, so remove until none comes back.
        for (int attempt = 0; attempt < 5 && Files.exists(PREFS_FILE); attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            Files.deleteIfExists(PREFS_FILE);
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        assertFalse(Files.exists(PREFS_FILE));
    }

    @Start
    void start(Stage primary) throws Exception {
        // A stage of its own: TestFX shares its primary stage between test classes, and the
        // window's placement (size, minimum size) must not leak into the next class.
        Stage stage = new Stage();
        LoadedDataset loaded = new ExchangeFormatReader().load(Path.of(System.getProperty("parley.seeds", "seeds")));
        data = loaded.dataset();
        db = new BackgroundThread("parley-db");
        store = ParleyStore.open(tmp.resolve("ui-" + System.nanoTime() + ".db"));
        store.importDataset(data, loaded.contentHash(), Origin.SEED);
        SearchService search = new SearchService(db, store);
        state = new ExplorerState();
        ThemeSwitcher.follow(state);
        WindowPrefs prefs = WindowPrefs.load();
        // Monocle's headless screen is 1280×800: the whole window must be on it to be clicked.
        prefs.putBounds(new WindowBounds(new Rectangle2D(0, 0, 1260, 780), false), new Rectangle2D(0, 0, 1280, 800));
        prefs.put("dark", false);
        window = new MainWindow(state, prefs, text -> search.search(text, state.dataset()));
        window.attach(stage);
        // No tooltips while the robot crosses the window: a popup window opening or closing while
        // TestFX lists the windows for a lookup failed a run ("Index 1 out of bounds for length 1").
        stage.getScene().getStylesheets().add("data:text/css;base64," + Base64.getEncoder()
                .encodeToString(".tooltip { -fx-show-delay: 3600s; }".getBytes(StandardCharsets.UTF_8)));
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        state.datasetProperty().set(data);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        db.close();
        store.close();
    }

    private Event event(String id) {
        return data.event(id).orElseThrow();
    }

    /** The layout is built on the compute thread: on a loaded machine it came after the first click was aimed. */
    private Point2D onTimeline(String eventId) throws TimeoutException {
        TimelineView t = window.timeline();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> t.pointOf(eventId).isPresent());
        return t.localToScreen(t.pointOf(eventId).orElseThrow());
    }

    /** At this window's height the table is the map's neighbouring tab: a reader opens it, and it joins the scene then. */
    private static EventTable openTable(FxRobot robot) {
        robot.clickOn("#tab-events");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#event-table").queryAs(EventTable.class);
    }

    @Test
    void selectingOnTheTimelineDrivesDetailMapTableAndSource(FxRobot robot) throws Exception {
        Event meeting = event("geneva-talks");
        robot.clickOn(onTimeline(meeting.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(meeting.id(), state.selectedEventProperty().get());

        TableView<?> table = openTable(robot);
        assertEquals(meeting, table.getSelectionModel().getSelectedItem());

        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> meeting.title().equals(l.getText()) && l.isVisible()), "detail shows the title");

        var scene = window.map().currentScene().orElseThrow();
        String venue = meeting.place();
        assertTrue(scene.viewport().contains(data.place(venue).orElseThrow().lon(), data.place(venue).orElseThrow().lat()),
                "the map shows where it happened");

        robot.clickOn("#tab-source");
        WaitForAsyncUtils.waitForFxEvents();
        List<Text> current = robot.lookup(".current-span").queryAllAs(Text.class).stream().toList();
        assertFalse(current.isEmpty(), "the source reader marks the event's spans");
    }

    @Test
    void clickingAPlaceOnTheMapSelectsItsEventInTheTableDetailAndSource(FxRobot robot) throws Exception {
        var map = window.map();
        // The frame for the map's final size: on a loaded machine the window's last layout pass came after the
        // first frame, and a click aimed by the first frame's projection missed Vienna.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> map.currentScene().isPresent() && !map.isComputing() && map.getViewport() != null
                        && map.getViewport().width() == map.getWidth() && map.getViewport().height() == map.getHeight());
        var vienna = data.place("vienna").orElseThrow();
        var at = map.getViewport().project(vienna.lon(), vienna.lat());
        robot.clickOn(map.localToScreen(at.x(), at.y()));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("vienna", state.selectedPlaceProperty().get());
        Event osce = state.selectedEvent().orElseThrow();
        assertTrue(ExplorerState.isAt(osce, "vienna"), osce.id() + " is not in Vienna");
        assertEquals(osce, openTable(robot).getSelectionModel().getSelectedItem(),
                "the table follows the map");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> osce.title().equals(l.getText()) && l.isVisible()), "the detail follows the map");
        robot.clickOn("#tab-source");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".current-span").queryAll().isEmpty(), "the source reader follows the map");
    }

    @Test
    void choosingACompareCardMarksTheDifferingWordsInTheArticles(FxRobot robot) {
        robot.clickOn("Compare");
        WaitForAsyncUtils.waitForFxEvents();
        Node card = robot.lookup(".divergence-card").queryAll().stream()
                .filter(Node::isVisible).findFirst().orElseThrow();
        Divergence chosen = (Divergence) card.getUserData();
        robot.clickOn(card);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(chosen.id(), state.selectedDivergenceProperty().get());
        assertTrue(chosen.events().contains(state.selectedEventProperty().get()), "its event is selected");
        robot.clickOn("#tab-source");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".compared-reading-tint").queryAll().isEmpty(), "the readings are outlined");
        assertFalse(robot.lookup(".differing-words-tint").queryAll().isEmpty(), "the differing words are marked");
    }

    /**
     * A click on a Compare card shows the two readings where they are read: the source reader comes
     * forward, side by side, with both outlined. The detail came forward, its title in view and the
     * readings a long scroll below; nothing in view showed what the click had chosen.
     */
    @Test
    void choosingACompareCardBringsTheSourceReaderForward(FxRobot robot) {
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        robot.clickOn("#tab-detail");
        robot.clickOn("Compare");
        WaitForAsyncUtils.waitForFxEvents();
        Node card = robot.lookup(".divergence-card").queryAll().stream()
                .filter(Node::isVisible).findFirst().orElseThrow();
        robot.clickOn(card);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("tab-source", right.getSelectionModel().getSelectedItem().getId());
        assertTrue(robot.lookup("#side-by-side").queryAs(ToggleButton.class).isSelected(),
                "the papers side by side");
        assertEquals(2, robot.lookup(".compared-reading-tint").queryAll().size(), "both readings outlined");
    }

    @Test
    void filteringByAKindLeavesOnlyThatKindEverywhere(FxRobot robot) {
        robot.clickOn("#tab-filters");
        @SuppressWarnings("unchecked")
        CheckListView<EventKind> kinds = robot.lookup("#kind-filter").queryAs(CheckListView.class);
        robot.interact(() -> kinds.getCheckModel().check(EventKind.MEETING));
        WaitForAsyncUtils.waitForFxEvents();

        long meetings = data.events().stream().filter(e -> e.kind() == EventKind.MEETING).count();
        assertEquals(meetings, state.visibleEventsProperty().get().size());
        EventTable table = openTable(robot);
        assertEquals(meetings, table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(e -> e.kind() == EventKind.MEETING));
        assertTrue(robot.lookup("#status-counts").queryAs(Label.class).getText()
                .startsWith(meetings + " of " + data.events().size()));
        assertTrue(robot.lookup(".chip").tryQuery().isPresent(), "the active filter shows as a chip");
        assertTrue(window.timeline().timelineLayout().eventIds().stream()
                .allMatch(id -> event(id).kind() == EventKind.MEETING), "the timeline draws only meetings");

        robot.clickOn(".chip");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(data.events().size(), state.visibleEventsProperty().get().size(), "removing the chip clears it");
    }

    /** Escape empties the search box, as elsewhere, and the search with it; it had done nothing. */
    @Test
    void escapeEmptiesTheSearchBox(FxRobot robot) throws Exception {
        robot.clickOn("#search-field").write("pastry");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.searchProperty().get() != null
                && !state.searchProperty().get().hits().isEmpty());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#search-field").queryAs(TextField.class).getText());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.searchTextProperty().get().isEmpty());
        assertTrue(robot.lookup("#search-field").query().isFocused(), "the box keeps the keys for the next search");
    }

    @Test
    void searchingPastryFindsGrushkosQuoteAndMarksItInTheArticle(FxRobot robot) throws Exception {
        robot.clickOn("#search-field").write("pastry");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !state.searchProperty().get().hits().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> results = robot.lookup("#search-results .list-view").queryAs(ListView.class);
        assertFalse(results.getItems().isEmpty());
        assertTrue(state.searchProperty().get().eventIds().contains("grushko-demands-interdependent"));

        robot.interact(() -> results.getSelectionModel().select(0));
        robot.clickOn("#tab-source");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".search-hit").queryAllAs(Text.class).stream()
                .anyMatch(t -> t.getText().contains("pastry")), "the article marks the hit");
        assertEquals("grushko", data.quotes().stream().filter(q -> q.text().contains("pastry")).findFirst()
                .orElseThrow().speaker());
    }

    /** A passage in the detail pane is traced to its article with one click, not a detour through the Source tab. */
    @Test
    void clickingAnEvidenceLineOpensItInItsArticle(FxRobot robot) {
        robot.interact(() -> state.selectedEventProperty().set("osce-vienna"));
        WaitForAsyncUtils.waitForFxEvents();
        Label nyt = robot.lookup(".detail-evidence").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains("The New York Times")).findFirst().orElseThrow();
        robot.interact(() -> {
            // Into view in the detail pane's scroll, as a reader would scroll to it.
            Node n = nyt;
            while (n != null && !(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof ScrollPane scroll) {
                double y = scroll.getContent().sceneToLocal(nyt.localToScene(0, 0)).getY();
                double room = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(nyt);
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        waitUntil(() -> "tab-source".equals(right.getSelectionModel().getSelectedItem().getId()));
        assertEquals("tab-source", right.getSelectionModel().getSelectedItem().getId(), "the source reader opens");
        waitUntil(() -> robot.lookup(".toggle-button").queryAllAs(ToggleButton.class).stream()
                .anyMatch(b -> b.isSelected() && "nyt".equals(b.getUserData())));
        assertTrue(robot.lookup(".toggle-button").queryAllAs(ToggleButton.class).stream()
                .anyMatch(b -> b.isSelected() && "nyt".equals(b.getUserData())), "on the NYT's article");
        // Back to the detail and the same line again: it turns to the article again.
        robot.clickOn("#tab-detail");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(nyt);
        waitUntil(() -> "tab-source".equals(right.getSelectionModel().getSelectedItem().getId()));
        assertEquals("tab-source", right.getSelectionModel().getSelectedItem().getId(), "a second click opens it again");
    }

    /**
     * A quotation in the detail pane opens where it stands in its paper, as a passage does: the
     * quotes, each a speaker's exact words in one paper, had led nowhere.
     */
    @Test
    void clickingAQuoteOpensItInItsArticle(FxRobot robot) {
        Quote quote = data.quotesOf("grushko-briefing").stream()
                .filter(q -> q.source().equals("nyt")).findFirst().orElseThrow();
        robot.interact(() -> state.selectedEventProperty().set("grushko-briefing"));
        WaitForAsyncUtils.waitForFxEvents();
        Label line = robot.lookup(".detail-quote").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains(quote.text()) && l.getText().endsWith("The New York Times"))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            Node n = line;
            while (n != null && !(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof ScrollPane scroll) {
                double y = scroll.getContent().sceneToLocal(line.localToScene(0, 0)).getY();
                double room = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(line);
        WaitForAsyncUtils.waitForFxEvents();

        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        assertEquals("tab-source", right.getSelectionModel().getSelectedItem().getId(), "the source reader opens");
        assertEquals(new Passage("nyt", quote.span().start(), quote.span().end()),
                state.passageToReadProperty().get(), "at the quotation's words");
        assertTrue(robot.lookup(".toggle-button").queryAllAs(ToggleButton.class).stream()
                .anyMatch(b -> b.isSelected() && "nyt".equals(b.getUserData())), "on the NYT's article");
    }

    /**
     * The keyboard reaches a passage as the mouse does: Tab goes on from the detail to each evidence line, and
     * Enter opens it in its article. The lines took clicks only, so a keyboard user could not follow a
     * passage to its paper's words.
     */
    @Test
    void anEvidenceLineIsReachedWithTabAndOpenedWithEnter(FxRobot robot) {
        robot.interact(() -> state.selectedEventProperty().set("osce-vienna"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#search-field");
        robot.press(KeyCode.ALT, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        Node focus = null;
        for (int i = 0; i < 30; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            focus = robot.lookup("#search-field").query().getScene().getFocusOwner();
            if (focus instanceof Label l && l.getStyleClass().contains("detail-evidence")
                    && l.getText().contains("The New York Times")) {
                break;
            }
        }
        assertTrue(focus instanceof Label l && l.getText().contains("The New York Times"),
                "Tab reaches the NYT's passage: " + focus);

        robot.type(KeyCode.ENTER);
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        waitUntil(() -> "tab-source".equals(right.getSelectionModel().getSelectedItem().getId()));
        assertEquals("tab-source", right.getSelectionModel().getSelectedItem().getId(), "Enter opens the source reader");
        waitUntil(() -> robot.lookup(".toggle-button").queryAllAs(ToggleButton.class).stream()
                .anyMatch(b -> b.isSelected() && "nyt".equals(b.getUserData())));
        assertTrue(robot.lookup(".toggle-button").queryAllAs(ToggleButton.class).stream()
                .anyMatch(b -> b.isSelected() && "nyt".equals(b.getUserData())), "on the NYT's article");
    }

    /** Enter in the search box opens the best result, and the typing stays in the box. */
    @Test
    void enterInTheSearchBoxOpensTheBestResult(FxRobot robot) throws Exception {
        robot.clickOn("#search-field").write("pastry").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.selectedEventProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> results = robot.lookup("#search-results .list-view").queryAs(ListView.class);
        assertEquals(0, results.getSelectionModel().getSelectedIndex());
        var best = (SearchResults.Hit) results.getItems().get(0);
        assertEquals(best.eventId(), state.selectedEventProperty().get());
        assertTrue(robot.lookup("#search-field").query().isFocused(), "the typing stays in the search box");
    }

    /** Down and Up in the search box walk the results, each opened as a click would; the typing stays in the box. */
    @Test
    void downAndUpInTheSearchBoxWalkTheResults(FxRobot robot) throws Exception {
        robot.clickOn("#search-field").write("Grushko").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.selectedEventProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> results = robot.lookup("#search-results .list-view").queryAs(ListView.class);
        assertTrue(results.getItems().size() >= 3, "results to walk: " + results.getItems());
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, results.getSelectionModel().getSelectedIndex());
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, results.getSelectionModel().getSelectedIndex());
        var third = (SearchResults.Hit) results.getItems().get(2);
        if (!third.eventId().isEmpty()) {
            assertEquals(third.eventId(), state.selectedEventProperty().get(), "the result is opened");
        }
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, results.getSelectionModel().getSelectedIndex());
        assertTrue(robot.lookup("#search-field").query().isFocused(), "the typing stays in the search box");
        assertEquals("Grushko", robot.lookup("#search-field").queryAs(TextField.class).getText());
    }

    /** An article passage that no event cites had nowhere to go: choosing it did nothing. */
    @Test
    void choosingAPassageHitOpensItsArticleThere(FxRobot robot) throws Exception {
        robot.clickOn("#search-field").write("open door");
        // The whole query's answer, not one to the letters typed so far: that list is replaced as the typing goes on.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "open door".equals(state.searchProperty().get().query())
                && state.searchProperty().get().hits().stream().anyMatch(h -> h.eventId().isEmpty() && h.sourceId() != null));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> results = robot.lookup("#search-results .list-view").queryAs(ListView.class);
        SearchResults.Hit[] found = new SearchResults.Hit[1];
        robot.interact(() -> {
            for (int i = 0; i < results.getItems().size() && found[0] == null; i++) {
                var h = (SearchResults.Hit) results.getItems().get(i);
                if (h.eventId().isEmpty()) {
                    found[0] = h;
                    results.scrollTo(i);
                }
            }
        });
        assertTrue(found[0] != null, "a passage among the hits");
        WaitForAsyncUtils.waitForFxEvents();
        var hit = found[0];
        robot.clickOn(robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() == hit && c.isVisible()).findFirst().orElseThrow());
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        waitUntil(() -> "tab-source".equals(right.getSelectionModel().getSelectedItem().getId()));
        assertEquals("tab-source", right.getSelectionModel().getSelectedItem().getId(), "the source reader opens");
        Callable<Boolean> onItsArticle = () -> robot.lookup(".toggle-button")
                .queryAllAs(ToggleButton.class).stream()
                .anyMatch(b -> b.isSelected() && hit.sourceId().equals(b.getUserData()));
        waitUntil(onItsArticle);
        assertTrue(onItsArticle.call(), "on the passage's article, " + hit.sourceId());
    }

    @Test
    void selectingAnActorHighlightsTheirEvents(FxRobot robot) {
        robot.clickOn("#tab-actors");
        robot.clickOn("#actorSearch").write("Grushko");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> "Alexander Grushko".equals(l.getText()) && l.isVisible()).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("grushko", state.selectedActorProperty().get());
        var scene = window.map().currentScene().orElseThrow();
        assertFalse(scene.highlightedPlaces().isEmpty(), "the map rings the actor's places");
        assertTrue(window.timeline().highlightedIds().containsAll(data.events().stream()
                .filter(e -> e.involves("grushko")).map(Event::id).toList()), "the timeline rings their events");
    }

    @Test
    void keyboardStepsThroughTheEventsInNarrativeOrder(FxRobot robot) {
        List<Event> order = data.eventsInNarrativeOrder();
        robot.interact(() -> state.selectedEventProperty().set(order.get(10).id()));
        alt(robot, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(order.get(11).id(), state.selectedEventProperty().get());
        alt(robot, KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(order.get(10).id(), state.selectedEventProperty().get());
    }

    /** The tabs the Go menu once had no entry for: Alt+8, Alt+9 and Alt+0, as the keys of the row of digits run on. */
    @Test
    void altEightNineAndZeroShowTheSearchCompareAndPositionsTabs(FxRobot robot) {
        TabPane left = robot.lookup("#left-tabs").queryAs(TabPane.class);
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        alt(robot, KeyCode.DIGIT8);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tab-search", left.getSelectionModel().getSelectedItem().getId());
        alt(robot, KeyCode.DIGIT9);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tab-compare", left.getSelectionModel().getSelectedItem().getId());
        alt(robot, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tab-positions", right.getSelectionModel().getSelectedItem().getId());
    }

    /**
     * A click on a stance keeps the positions board in front, its cells marked, while the timeline follows:
     * the Detail tab had come forward and taken the board, and the reader's place on it, away.
     */
    @Test
    void aStanceClickedOnTheBoardKeepsTheBoardInFront(FxRobot robot) throws Exception {
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        alt(robot, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane board = robot.lookup("#positions-panel")
                .queryAs(ScrollPane.class);
        Label stance = robot.lookup(".stance-cell").queryAllAs(Label.class).stream()
                .filter(l -> !l.getStyleClass().contains("stance-none") && l.isVisible()).findFirst().orElseThrow();
        robot.interact(() -> board.setVvalue(board.getVmin()));
        robot.clickOn(stance);
        WaitForAsyncUtils.waitForFxEvents();

        String chosen = state.selectedEventProperty().get();
        assertNotNull(chosen, "the stance's event is selected");
        assertEquals("tab-positions", right.getSelectionModel().getSelectedItem().getId());
        assertTrue(stance.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("current")),
                "the stance's cell is marked");

        // A choice made in another panel still brings the detail forward.
        Event other = event(chosen.equals("geneva-talks") ? "nrc-meeting" : "geneva-talks");
        robot.interact(() -> {
            window.timeline().requestFocus();
            state.selectedEventProperty().set(other.id());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(other.id(), state.selectedEventProperty().get());
        assertEquals("tab-detail", right.getSelectionModel().getSelectedItem().getId());
    }

    /**
     * A stance clicked on the board turns the source reader, behind the board, to the stance's own words:
     * the reader had stayed wherever the reader left it, and "but they rejected outright…", the NATO
     * allies' rejection of an end to enlargement, was not on screen when the Source tab was opened.
     */
    @Test
    void aStanceClickedOnTheBoardTurnsTheReaderToItsWords(FxRobot robot) throws Exception {
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        Position position = data.positions().stream()
                .filter(p -> p.id().equals("pos-stop-enlargement")).findFirst().orElseThrow();
        Evidence words = position.stances().stream()
                .filter(st -> st.actor().equals("nato-allies")).findFirst().orElseThrow().evidence().get(0);
        // The reader left at the end of the Times's article, the stance's event already chosen.
        robot.interact(() -> state.selectedEventProperty().set("nrc-nato-rejects-demands"));
        alt(robot, KeyCode.DIGIT7);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".source-button").queryAllAs(ToggleButton.class).stream()
                .filter(b -> "nyt".equals(b.getUserData())).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane article = articleScroll(robot);
        robot.interact(() -> article.setVvalue(article.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shownInReader(robot, words.text()), "the stance's words are off screen to begin with");

        alt(robot, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane board = robot.lookup("#positions-panel")
                .queryAs(ScrollPane.class);
        Label stance = robot.lookup(".stance-cell").queryAllAs(Label.class).stream()
                .filter(l -> l.getUserData() instanceof PositionsPanel.Cell c
                        && c.position().id().equals(position.id()) && c.actor().equals("nato-allies"))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            double y = board.getContent().sceneToLocal(stance.localToScene(0, 0)).getY();
            double room = board.getContent().getLayoutBounds().getHeight() - board.getViewportBounds().getHeight();
            board.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(stance);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tab-positions", right.getSelectionModel().getSelectedItem().getId(), "the board stays in front");

        alt(robot, KeyCode.DIGIT7);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tab-source", right.getSelectionModel().getSelectedItem().getId());
        assertTrue(robot.lookup(".source-button").queryAllAs(ToggleButton.class).stream()
                .anyMatch(b -> b.isSelected() && "nyt".equals(b.getUserData())), "on the Times's article");
        waitUntil(() -> shownInReader(robot, words.text()));
        assertTrue(shownInReader(robot, words.text()), "the stance's words are on screen, outlined as the event's");
    }

    /** The scroll pane of the article the source reader shows. */
    private static ScrollPane articleScroll(FxRobot robot) {
        return robot.lookup("." + SourceReader.STYLE_CLASS + " .scroll-pane")
                .queryAllAs(ScrollPane.class).stream().filter(Node::isVisible)
                .filter(sp -> sp.getScene() != null && sp.localToScene(sp.getLayoutBounds()).getWidth() > 0)
                .findFirst().orElseThrow();
    }

    /** Whether the words' run in the shown article is marked as the chosen event's and inside the article's view. */
    private static boolean shownInReader(FxRobot robot, String words) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ScrollPane article = articleScroll(robot);
            Bounds view = article.localToScene(article.getLayoutBounds());
            for (Node n : article.lookupAll("Text")) {
                if (n instanceof Text t && t.getText() != null && t.getText().contains(words.substring(0, 30))
                        && t.getStyleClass().contains("current-span")) {
                    Bounds b = t.localToScene(t.getLayoutBounds());
                    if (b.getMaxY() > view.getMinY() && b.getMinY() < view.getMaxY()) {
                        return true;
                    }
                }
            }
            return false;
        }).get();
    }

    @Test
    void altArrowsStepThroughEventsWhileTheMapOrTheNetworkHasFocus(FxRobot robot) {
        // Plain arrows walk the map's markers and the network's nodes; Alt+arrow is the window's.
        List<Event> order = data.eventsInNarrativeOrder();
        robot.interact(() -> state.selectedEventProperty().set(order.get(10).id()));
        alt(robot, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.map().isFocused(), "Alt+2 focuses the map");
        alt(robot, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(order.get(11).id(), state.selectedEventProperty().get(), "Alt+Right in the map");

        robot.clickOn("#tab-actors");
        robot.clickOn("#actorViewNetwork");
        WaitForAsyncUtils.waitForFxEvents();
        Node network = robot.lookup("#actorNetwork").query();
        robot.interact(network::requestFocus);
        // A plain arrow names a node once the network is laid out (on the compute thread).
        for (int tries = 0; tries < 50 && "Actor network, nothing selected".equals(network.getAccessibleText()); tries++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        assertFalse("Actor network, nothing selected".equals(network.getAccessibleText()), "the arrow walked to a node");
        alt(robot, KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(order.get(10).id(), state.selectedEventProperty().get(), "Alt+Left in the network");
    }

    @Test
    void theThemeSwitchTurnsTheWindowDark(FxRobot robot) {
        assertFalse(state.darkProperty().get());
        // Onto the toggle first and let the hover settle: a click sent while the pointer was still
        // travelling from the previous test's last spot was once lost under load.
        WaitForAsyncUtils.waitForFxEvents();
        // The first test of the class: the window may still be moving into place (its size is set
        // again once shown), and a click aimed before that lands beside the toggle.
        waitUntilStill(robot.lookup("#dark-toggle").query());
        robot.moveTo("#dark-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        clickUntil(robot, "#dark-toggle", () -> state.darkProperty().get());
        assertTrue(state.darkProperty().get());
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"), Application.getUserAgentStylesheet());
        // A dialog made before the switch and shown after it (Export image… is made once) is dark too.
        Stage[] later = new Stage[1];
        robot.interact(() -> {
            later[0] = new Stage();
            later[0].setScene(new Scene(new Label("a dialog"), 200, 80));
        });
        robot.interact(() -> later[0].show());
        assertTrue(later[0].getScene().getRoot().getStyleClass().contains("theme-dark"),
                later[0].getScene().getRoot().getStyleClass().toString());
        robot.interact(() -> later[0].close());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#dark-toggle");
        waitUntil(() -> !state.darkProperty().get());
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"));
    }

    /**
     * Clicks {@code query} and waits for {@code effect}; clicks once more if nothing happened in
     * ten seconds. Headless Monocle has lost the first click of this class's first test on a
     * loaded CI machine (twice in about thirty runs), with the window already still; a second
     * lost click, or a first one that lands late and is undone by the second, still fails.
     */
    private static void clickUntil(FxRobot robot, String query, Callable<Boolean> effect) {
        robot.clickOn(query);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, effect);
        } catch (TimeoutException e) {
            robot.clickOn(query);
            waitUntil(effect);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until {@code node} stays where it is on the screen for a quarter of a second. */
    private static void waitUntilStill(Node node) {
        Bounds[] last = {null};
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                Bounds now = WaitForAsyncUtils.asyncFx(() -> node.localToScreen(node.getLayoutBounds())).get();
                boolean still = now != null && now.equals(last[0]);
                last[0] = now;
                if (!still) {
                    Thread.sleep(250);
                }
                return still;
            });
        } catch (TimeoutException e) {
            return;   // the click is tried anyway; its assertion says what did not happen
        }
    }

    /**
     * Waits for what a click or key causes. Generous: on a loaded CI machine the JavaFX thread may
     * still be restyling the window for a previous step when the event arrives (a theme switch
     * restyles every node), and a 3-second wait once failed a run there.
     */
    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            return;   // the assertion after it says what did not happen
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theKeyButtonFoldsAndShowsTheTimelinesKey(FxRobot robot) {
        TimelineView timeline = window.timeline();
        CheckMenuItem menuItem = (CheckMenuItem) robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-timeline-key".equals(i.getId()))
                .findFirst().orElseThrow();
        boolean before = timeline.legendVisibleProperty().get();
        robot.clickOn("#timeline-key-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(!before, timeline.legendVisibleProperty().get());
        assertEquals(!before, menuItem.isSelected());
        robot.clickOn("#timeline-key-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, timeline.legendVisibleProperty().get());
    }

    /** A dataset of no events: F5 did nothing and the handout asked for a file name only to refuse; both are greyed. */
    @Test
    void presentAndHandoutAreGreyedForADatasetOfNoEvents(FxRobot robot) {
        Function<String, MenuItem> menu = text -> robot.lookup("#menu-bar")
                .queryAs(MenuBar.class).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
        Node present = robot.lookup("#present").query();
        assertFalse(menu.apply("_Present").isDisable());
        assertFalse(present.isDisable());
        Dataset empty = new Dataset("Nothing yet", "", data.sources(), data.actors(),
                data.places(), List.of(), List.of(), List.of(), List.of());
        robot.interact(() -> state.datasetProperty().set(empty));
        assertTrue(menu.apply("_Present").isDisable());
        assertTrue(menu.apply("_Handout (PDF)…").isDisable());
        assertTrue(present.isDisable());
        assertFalse(menu.apply("Export _data…").isDisable(), "an empty dataset still exports");
        robot.interact(() -> state.datasetProperty().set(data));
        assertFalse(present.isDisable());
    }

    @Test
    void theTitleNamesTheDataset(FxRobot robot) {
        Node root = window.root();
        assertNotNull(root.getScene());
        assertEquals("Parley — " + data.title(), ((Stage) root.getScene().getWindow()).getTitle());
    }

    @Test
    void aStartThatCouldNotOpenTheDataSaysSoInTheTitleUntilDataArrives(FxRobot robot) {
        Stage stage = (Stage) window.root().getScene().getWindow();
        robot.interact(() -> state.datasetProperty().set(null));
        assertEquals("Parley — loading…", stage.getTitle());

        Node notice = robot.lookup("#no-data-notice").query();
        assertFalse(notice.isVisible(), "no notice while the data is still coming");
        robot.interact(() -> {
            state.noDatabaseProperty().set(true);
            window.loadFailed("/x.db is an SQLite database that is not Parley's");
        });
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        for (String greyed : List.of("_Import dataset…", "_Restore the bundled week", "Restore a _backup…")) {
            assertTrue(bar.getMenus().get(0).getItems().stream().filter(i -> greyed.equals(i.getText())).findFirst()
                    .orElseThrow().isDisable(), greyed + " could only fail with no database open");
        }
        assertTrue(robot.lookup("#search-field").query().isDisable(), "nothing to search");
        assertEquals("Parley — no data open", stage.getTitle());
        assertTrue(notice.isVisible(), "the panels are covered by a notice that says why");
        assertEquals("/x.db is an SQLite database that is not Parley's",
                robot.lookup("#no-data-why").queryAs(Label.class).getText());
        assertEquals("No data open.", robot.lookup("#actorPlaceholder").queryAs(Label.class).getText(),
                "the actor list no longer says it is reading");
        assertEquals("No data open", robot.lookup("#status-counts").queryAs(Label.class).getText());

        robot.interact(() -> state.datasetProperty().set(data));
        assertEquals("Parley — " + data.title(), stage.getTitle());
        assertFalse(notice.isVisible());
    }

    @Test
    void theWindowRemembersItsSizeDividersAndTheme(FxRobot robot) {
        robot.interact(() -> {
            Stage stage = (Stage) window.root().getScene().getWindow();
            stage.setWidth(1111);
            state.darkProperty().set(true);
            window.savePrefs();
        });
        WindowPrefs again = WindowPrefs.load();
        assertEquals(1111, again.get("width", 0.0), 0.5);
        assertTrue(again.get("dark", false));
        double divider = again.get("divider.vertical", -1.0);
        assertTrue(divider > 0 && divider < 1, "divider " + divider);
        robot.interact(() -> state.darkProperty().set(false));
    }

    /**
     * A window made small (half a 1920-px screen, a small laptop, the smallest it allows) still
     * holds every panel and the status bar: a minimum a panel claims beyond the window pushed the
     * right pane and the status bar out of sight.
     */
    @Test
    void aSmallWindowHoldsEveryPanelAndTheStatusBar(FxRobot robot) {
        Stage stage = (Stage) window.root().getScene().getWindow();
        // The reader of an article is the widest of the right pane's tabs.
        robot.interact(() -> {
            state.selectedEventProperty().set("nrc-meeting");
            TabPane right = (TabPane) robot.lookup("#right-tabs").query();
            right.getSelectionModel().select(1);
        });
        double[][] sizes = {{1024, 640}, {960, 1000}, {stage.getMinWidth(), stage.getMinHeight()}};
        for (double[] size : sizes) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> window.root().layout());
            Scene scene = window.root().getScene();
            StringBuilder out = new StringBuilder();
            for (String id : List.of("#status-bar", "#status-counts", "#status-filters")) {
                Node n = robot.lookup(id).query();
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMaxY() > scene.getHeight() + 0.5 || b.getMaxX() > scene.getWidth() + 0.5) {
                    out.append(id).append(" ends at ").append(b).append("; ");
                }
            }
            List<Node> panes = new ArrayList<>(robot.lookup(".tab-pane").queryAll());
            panes.addAll(robot.lookup(".source-reader").queryAll());
            panes.addAll(robot.lookup(".source-button").queryAll());
            for (Node n : panes) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (n.isVisible() && n.getScene() != null && (b.getMaxX() > scene.getWidth() + 0.5 || b.getMaxY() > scene.getHeight() + 0.5)) {
                    out.append(n.getId()).append(' ').append(n.getStyleClass()).append(" ends at ").append(b)
                            .append(" (min ").append(((Region) n).minWidth(-1)).append(" × ")
                            .append(((Region) n).minHeight(-1)).append("); ");
                }
            }
            assertTrue(out.isEmpty(), "in a " + scene.getWidth() + " × " + scene.getHeight() + " window: " + out
                    + "root min " + window.root().minWidth(-1) + " × " + window.root().minHeight(-1));
        }
    }

    /** Starts an import's activity and asks to quit: the question that opens. */
    private DialogPane quitDuringAnImport(FxRobot robot) throws Exception {
        robot.interact(() -> state.activityProperty().set("Importing big.json\u2026"));
        Platform.runLater(window::quit);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#quit-while-busy").tryQuery().isPresent());
        return robot.lookup("#quit-while-busy").queryAs(DialogPane.class);
    }

    /** Quitting while an import is written asks first; Cancel keeps the window and the import going. */
    @Test
    void quittingDuringAnImportAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        Stage stage = (Stage) window.root().getScene().getWindow();
        DialogPane ask = quitDuringAnImport(robot);
        assertTrue(ask.getHeaderText().startsWith("Importing big.json is not finished"), ask.getHeaderText());
        robot.clickOn(ask.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "the window stays");
        robot.interact(() -> state.activityProperty().set(""));
    }

    /**
     * Found by a tester, 2026-12-05: an import that ended while the quit question was open put its "Imported" dialog
     * over the question, which stayed behind it with Cancel as the default, and the window stayed open: the user had
     * to quit again. The reason for asking is gone, so the quit the user asked for goes ahead (closing the window by
     * its title bar asks the same question).
     */
    @Test
    void theQuitGoesAheadOnceTheImportHasFinished(FxRobot robot) throws Exception {
        Stage stage = (Stage) window.root().getScene().getWindow();
        Runnable[] imported = new Runnable[1];
        robot.interact(() -> imported[0] = state.beginActivity("Importing big.json\u2026"));
        Platform.runLater(() -> stage.fireEvent(
                new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#quit-while-busy").tryQuery().isPresent());
        assertTrue(stage.isShowing(), "the question holds the window while the import runs");

        robot.interact(imported[0]);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#quit-while-busy").tryQuery().isEmpty(), "the question is gone");
        assertFalse(stage.isShowing(), "the window closed, as the user asked");
    }

    /**
     * Found in review, 2026-12-05: an import that failed while the quit question was open quit Parley all the same,
     * and the window took the failure's dialog with it; the user never learnt the import was not made. A failure
     * leaves something to read, so the quit is called off and the failure is shown.
     */
    @Test
    void aFailedImportCallsOffTheQuitAndIsShown(FxRobot robot) throws Exception {
        Stage stage = (Stage) window.root().getScene().getWindow();
        CompletableFuture<ImportDatasetAction.Outcome> importing = new CompletableFuture<>();
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, Path.of("big.json"),
                (p, agreed, progress) -> importing));
        // Closing by the title bar asks as File → Quit does, without ending the toolkit the other tests share.
        Platform.runLater(() -> stage.fireEvent(
                new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#quit-while-busy").tryQuery().isPresent());

        robot.interact(() -> importing.completeExceptionally(new UncheckedIOException(
                new IOException("No space left on device"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#quit-while-busy").tryQuery().isEmpty(), "the question is gone");
        assertTrue(stage.isShowing(), "the window stays, to show why the import was not made");
        assertTrue(robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(d -> d.getHeaderText() != null && d.getHeaderText().contains("could not be imported")),
                "the failure is shown");
    }

    /** Of two pieces of work, the one that ends first leaves the question asking about the other. */
    @Test
    void theQuitQuestionNamesTheWorkStillUnderWay(FxRobot robot) throws Exception {
        Stage stage = (Stage) window.root().getScene().getWindow();
        Runnable[] work = new Runnable[2];
        robot.interact(() -> {
            work[0] = state.beginActivity("Writing the handout\u2026", "no handout is written");
            work[1] = state.beginActivity("Importing big.json\u2026");
        });
        Platform.runLater(window::quit);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#quit-while-busy").tryQuery().isPresent());
        DialogPane ask = robot.lookup("#quit-while-busy").queryAs(DialogPane.class);

        robot.interact(work[1]);
        assertTrue(ask.getHeaderText().startsWith("Writing the handout is not finished"), ask.getHeaderText());
        assertTrue(ask.getContentText().startsWith("If you quit now it is not kept: no handout is written."),
                ask.getContentText());
        robot.clickOn(ask.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "Cancel keeps the window");
        robot.interact(work[0]);
    }

    /**
     * Found by a tester, 2026-12-05: quitting while a handout was written said "If you quit now it is not kept: the
     * database stays as it was before", of a PDF that touches no database. Each piece of work says what it leaves.
     */
    @Test
    void theQuitQuestionDuringAHandoutSpeaksOfTheHandoutNotTheDatabase(FxRobot robot) throws Exception {
        Runnable[] written = new Runnable[1];
        robot.interact(() -> written[0] = state.beginActivity("Writing the handout\u2026", "no handout is written"));
        Platform.runLater(window::quit);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#quit-while-busy").tryQuery().isPresent());
        DialogPane ask = robot.lookup("#quit-while-busy").queryAs(DialogPane.class);

        assertTrue(ask.getContentText().startsWith("If you quit now it is not kept: no handout is written."),
                ask.getContentText());
        assertFalse(ask.getContentText().contains("database"), ask.getContentText());
        robot.clickOn(ask.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(written[0]);
        assertTrue(state.activityIfQuitProperty().get().contains("database"), "an import's words again once it is done");
    }

    /** Alt and {@code key} pressed together, as a user types a window shortcut. */
    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).press(key).release(key).release(KeyCode.ALT);
    }
}
