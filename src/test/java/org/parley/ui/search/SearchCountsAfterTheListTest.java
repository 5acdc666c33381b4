package org.parley.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.SyntheticDataAccess;
import org.parley.model.Actor;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.store.ActorSearch;
import org.parley.store.Origin;
import org.parley.store.ParleyStore;
import org.parley.ui.MainWindow;
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
 * A search for a name many generated actors share fills its list with their events, and the count behind "the best
 * 200 of N" read every match of the text first: 28–160 ms at 100,000 events, on the list's way to the screen, past
 * the 20 ms a search may take. The list now comes first, its count said as "at least" what is known, and the whole
 * count follows; no number shown is ever more than there are.
 */
@ExtendWith(FxThreadRobot.class)
class SearchCountsAfterTheListTest {

    @TempDir
    static Path tmp;

    private static final String NAME = "Adler";

    private final List<SearchResults> shown = new CopyOnWriteArrayList<>();
    private final List<String> said = new CopyOnWriteArrayList<>();
    private ExplorerState state;
    private BackgroundThread db;
    private ParleyStore store;
    private Dataset data;

    @Start
    void start(Stage primary) {
        Stage stage = new Stage();
        data = SyntheticDataAccess.generated(3_000);
        db = new BackgroundThread("parley-db");
        store = ParleyStore.open(tmp.resolve("many-" + System.nanoTime() + ".db"));
        store.importDataset(data, "h", Origin.USER);
        SearchService search = new SearchService(db, store);
        state = new ExplorerState();
        WindowPrefs prefs = WindowPrefs.load();
        prefs.putBounds(new WindowBounds(new Rectangle2D(0, 0, 1260, 780), false), new Rectangle2D(0, 0, 1280, 800));
        MainWindow window = new MainWindow(state, prefs, (text, limit) -> search.search(text, state.dataset(), null, limit));
        window.setSearchCount(search::count);
        window.attach(stage);
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
        state.datasetProperty().set(data);
        state.searchProperty().addListener((o, was, now) -> {
            if (now != null && NAME.equals(now.query())) {
                shown.add(now);
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        db.close();
        store.close();
    }

    /** The count the views said before: text's matches, actors, and the people's events no text match is at. */
    private int wholeCount(List<String> actorIds, SearchResults results) {
        // Listed after the text's hits, said as taking part ("… takes part", "… take part", "… is quoted there").
        long listedTakingPart = results.hits().stream().filter(h -> h.kind().equals("event")
                && (h.snippet().contains(" take") || h.snippet().endsWith(" is quoted there"))).count();
        return store.searchCount(NAME) + actorIds.size()
                + Math.max((int) listedTakingPart, store.countEventsTakingPartBeyond(actorIds, NAME));
    }

    @Test
    void theListComesFirstAndItsCountNeverSaysTooMany(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#status-search").queryAs(Label.class).textProperty()
                .addListener((o, was, now) -> said.add(now)));
        robot.clickOn("#search-field").write(NAME);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !shown.isEmpty() && !shown.get(shown.size() - 1).counting());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> actorIds = ActorSearch.matching(data.actors(), NAME).stream().map(Actor::id).toList();
        SearchResults last = shown.get(shown.size() - 1);
        assertTrue(last.isCapped(), "a full list: " + last.listed() + " of " + last.matches());
        int whole = wholeCount(actorIds, last);
        assertEquals(whole, last.matches(), "the whole count, as before");
        assertTrue(shown.get(0).counting(), "the list was shown before its count was made");
        for (SearchResults r : shown) {
            assertTrue(r.matches() <= whole, r.matches() + " said of " + whole);
        }
        Pattern number = Pattern.compile("of (at least )?([\\d,]+) results");
        boolean atLeast = false;
        for (String text : said) {
            Matcher m = number.matcher(text);
            if (text.contains("“" + NAME + "”") && m.find()) {
                assertTrue(Integer.parseInt(m.group(2).replace(",", "")) <= whole, text + " of " + whole);
                atLeast |= m.group(1) != null;
            }
        }
        assertTrue(atLeast, "said as at least what is known while counting: " + said);
        String bar = robot.lookup("#status-search").queryAs(Label.class).getText();
        assertTrue(bar.contains("of " + CountText.number(whole) + " results"), bar);
        assertFalse(bar.contains("at least"), bar);
    }
}
