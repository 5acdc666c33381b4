package org.parley.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.SyntheticDataAccess;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.store.Origin;
import org.parley.store.ParleyStore;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.FxThreadRobot;

/**
 * With NOT, a full list is shown before its count (decision 0147), counting the 200 it lists: judged by that count,
 * "report NOT talks", too many to rank and listed in the dataset's order, would be said to be "the best 200" until
 * counted. Whether it was ranked is the store's to say (it decides on the entries that match, before NOT leaves
 * whole events out), so the list is said to be the first, counted or not.
 */
@ExtendWith(FxThreadRobot.class) // the database thread completes its futures on the JavaFX thread
class NotUnrankedSaysFirstTest {

    @TempDir
    static Path dir;

    private static final String QUERY = "report NOT talks";

    private static ParleyStore store;
    private static BackgroundThread db;
    private static Dataset data;

    @BeforeAll
    static void importGeneratedEvents() {
        data = SyntheticDataAccess.dataset(ParleyStore.RANKED_AT_MOST / 2 + 500);
        store = ParleyStore.open(dir.resolve("many.db"));
        store.importDataset(data, "h", Origin.USER);
        db = new BackgroundThread("parley-db");
    }

    @AfterAll
    static void close() {
        db.close();
        store.close();
    }

    @Test
    void aListInTheDatasetsOrderIsSaidToBeTheFirstWhileCounted() throws Exception {
        int whole = store.searchCount(QUERY);
        assertTrue(whole > ParleyStore.RANKED_AT_MOST, "more than are ranked: " + whole);
        assertFalse(store.searchRanks(QUERY), "the store lists them in the dataset's order");
        assertTrue(store.searchRanks("report talks NOT security"), "and ranks fewer");
        SearchService search = new SearchService(db, store);
        SearchResults listed = search.search(QUERY, data).get(30, TimeUnit.SECONDS);
        // NOT leaves out each event any entry of which holds the word (its title, summary, a quote at it), whole.
        Set<String> saying = store.searchEventIds("\"talks\"");
        List<String> first = data.events().stream().map(Event::id).filter(id -> !saying.contains(id)).limit(3).toList();
        assertEquals(first, listed.hits().stream().limit(3).map(SearchResults.Hit::eventId).toList(),
                "the first in the dataset's order");
        assertTrue(listed.counting() && listed.matches() == SearchService.PAGE, "shown before its count");
        assertTrue(listed.isUnranked(), "said to be the first while counting");
        SearchResults counted = search.count(listed).get(30, TimeUnit.SECONDS);
        assertEquals(whole, counted.matches());
        assertTrue(counted.isUnranked(), "and once counted");
    }
}
