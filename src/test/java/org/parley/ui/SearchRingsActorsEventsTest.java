package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.LoadedDataset;
import org.parley.store.Origin;
import org.parley.store.ParleyStore;
import org.parley.ui.search.SearchService;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WindowBounds;
import org.parley.ui.support.WindowPrefs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Typing a person's name in the search box rings the events they take part in and lists them: "Sherman" rang the
 * 14 events whose words name her and left the NATO–Russia meeting, where she led the U.S. delegation, unmarked.
 * With a place, the person's events there (decision 0158): "Stoltenberg Brussels" rang 2 of his 9 events in
 * Brussels, those whose one entry holds both words.
 */
@ExtendWith(FxThreadRobot.class)
class SearchRingsActorsEventsTest {

    private static final Path PREFS_FILE = Path.of("target", "test-prefs", "search-actors-events.properties")
            .toAbsolutePath();

    @TempDir
    static Path tmp;

    private ExplorerState state;
    private BackgroundThread db;
    private ParleyStore store;

    @BeforeAll
    static void isolatePreferences() {
        System.setProperty(WindowPrefs.FILE_PROPERTY, PREFS_FILE.toString());
    }

    @AfterAll
    static void leaveNoPreferencesBehind() throws Exception {
        for (int attempt = 0; attempt < 5 && Files.exists(PREFS_FILE); attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            Files.deleteIfExists(PREFS_FILE);
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
    }

    @Start
    void start(Stage primary) throws Exception {
        Stage stage = new Stage();
        LoadedDataset loaded = new ExchangeFormatReader().load(Path.of(System.getProperty("parley.seeds", "seeds")));
        Dataset data = loaded.dataset();
        db = new BackgroundThread("parley-db");
        store = ParleyStore.open(tmp.resolve("ui-" + System.nanoTime() + ".db"));
        store.importDataset(data, loaded.contentHash(), Origin.SEED);
        SearchService search = new SearchService(db, store);
        state = new ExplorerState();
        WindowPrefs prefs = WindowPrefs.load();
        prefs.putBounds(new WindowBounds(new Rectangle2D(0, 0, 1260, 780), false), new Rectangle2D(0, 0, 1280, 800));
        MainWindow window = new MainWindow(state, prefs, text -> search.search(text, state.dataset()));
        window.attach(stage);
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

    @Test
    void typingAPersonsNameRingsAndListsTheEventsTheyTakePartIn(FxRobot robot) throws Exception {
        robot.clickOn("#search-field").write("Sherman");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Sherman".equals(state.searchProperty().get().query()));
        WaitForAsyncUtils.waitForFxEvents();
        SearchResults found = state.searchProperty().get();
        assertTrue(found.eventIds().contains("nrc-meeting"), "the meeting she led a delegation at is rung: " + found.eventIds());
        assertEquals(15, found.eventIds().size(), found.eventIds().toString());
        ListView<?> list = robot.lookup("#search-results .list-view").queryAs(ListView.class);
        List<SearchResults.Hit> meeting = list.getItems().stream().map(SearchResults.Hit.class::cast)
                .filter(h -> h.eventId().equals("nrc-meeting")).toList();
        assertEquals(1, meeting.size(), "listed once: " + list.getItems());
        assertEquals("event", meeting.get(0).kind());
        assertTrue(meeting.get(0).snippet().replaceAll("[«»]", "").startsWith("Wendy Sherman takes part"),
                meeting.get(0).snippet());
        String bar = robot.lookup("#status-search").queryAs(Label.class).getText();
        assertTrue(bar.contains("15 events marked"), bar);
    }

    @Test
    void typingNotLeavesOutThePersonsEventsThatHoldTheWord(FxRobot robot) throws Exception {
        // "Sherman NOT Geneva" rang and listed the Geneva talks, since she takes part there.
        robot.clickOn("#search-field").write("Sherman NOT Geneva");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "Sherman NOT Geneva".equals(state.searchProperty().get().query()));
        WaitForAsyncUtils.waitForFxEvents();
        SearchResults found = state.searchProperty().get();
        assertFalse(found.eventIds().contains("geneva-talks"), found.eventIds().toString());
        assertTrue(found.eventIds().contains("nrc-meeting"), found.eventIds().toString());
        assertEquals(14, found.eventIds().size(), found.eventIds().toString());
        ListView<?> list = robot.lookup("#search-results .list-view").queryAs(ListView.class);
        assertTrue(list.getItems().stream().map(SearchResults.Hit.class::cast)
                .noneMatch(h -> h.eventId().equals("geneva-talks")), list.getItems().toString());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#status-search").queryAs(Label.class).getText().contains("14 events marked"));
    }

    @Test
    void typingNotAndAPlaceLeavesOutThePersonsEventsHeldThere(FxRobot robot) throws Exception {
        // "Sherman NOT Brussels" rang and listed her eleven events in Brussels, which "Sherman Brussels" finds.
        robot.clickOn("#search-field").write("Sherman NOT Brussels");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "Sherman NOT Brussels".equals(state.searchProperty().get().query()));
        WaitForAsyncUtils.waitForFxEvents();
        SearchResults found = state.searchProperty().get();
        assertEquals(Set.of("geneva-talks", "sherman-live-fire"), found.eventIds());
        ListView<?> list = robot.lookup("#search-results .list-view").queryAs(ListView.class);
        assertTrue(list.getItems().stream().map(SearchResults.Hit.class::cast).map(SearchResults.Hit::eventId)
                .allMatch(id -> id == null || id.isEmpty() || found.eventIds().contains(id)), list.getItems().toString());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#status-search").queryAs(Label.class).getText().contains("2 events marked"));
    }

    @Test
    void enterOnAPersonOpensAnEventTheSearchRings(FxRobot robot) throws Exception {
        // Enter chose Sherman and with her her first event, the Geneva talks, which "NOT Geneva" had left out.
        robot.clickOn("#search-field").write("Sherman NOT Geneva");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "Sherman NOT Geneva".equals(state.searchProperty().get().query()));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "sherman".equals(state.selectedActorProperty().get())
                && state.selectedEventProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String chosen = state.selectedEventProperty().get();
        assertTrue(state.searchProperty().get().eventIds().contains(chosen), chosen + " is not rung by the search");
        assertFalse("geneva-talks".equals(chosen));
    }

    @Test
    void typingAPersonAndAPlaceRingsAndListsTheirEventsThere(FxRobot robot) throws Exception {
        robot.clickOn("#search-field").write("Stoltenberg Brussels");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "Stoltenberg Brussels".equals(state.searchProperty().get().query()));
        WaitForAsyncUtils.waitForFxEvents();
        SearchResults found = state.searchProperty().get();
        Set<String> his = Set.of("nrc-leaders-confer", "nrc-meeting", "nrc-de-escalate-demand",
                "nrc-offer-further-meetings", "nrc-offer-reopen-missions", "nrc-russia-no-commitment",
                "stoltenberg-briefing", "stoltenberg-warns-risk", "stoltenberg-hope-putin");
        assertEquals(his, found.eventIds(), "his nine events in Brussels and at NATO headquarters are rung");
        ListView<?> list = robot.lookup("#search-results .list-view").queryAs(ListView.class);
        List<SearchResults.Hit> hope = list.getItems().stream().map(SearchResults.Hit.class::cast)
                .filter(h -> h.eventId().equals("stoltenberg-hope-putin")).toList();
        assertEquals(1, hope.size(), "listed once: " + list.getItems());
        assertTrue(hope.get(0).snippet().replaceAll("[«»]", "").startsWith("Jens Stoltenberg takes part"),
                hope.get(0).snippet());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#status-search").queryAs(Label.class).getText().contains("9 events marked"));
    }
}
