package org.parley.ui.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
 * The ids of the events the filters show are kept from one search to the next while the filters stay (every letter
 * typed searches anew); a filter changed meanwhile is a new list, and the next search lists the best of it.
 */
@ExtendWith(FxThreadRobot.class) // the database thread completes its futures on the JavaFX thread
class SearchFollowsTheShownEventsTest {

    @TempDir
    static Path dir;

    private static ParleyStore store;
    private static BackgroundThread db;
    private static Dataset data;

    @BeforeAll
    static void importGeneratedEvents() {
        data = SyntheticDataAccess.dataset(600);
        store = ParleyStore.open(dir.resolve("shown.db"));
        store.importDataset(data, "h", Origin.USER);
        db = new BackgroundThread("parley-db");
    }

    @AfterAll
    static void close() {
        db.close();
        store.close();
    }

    @Test
    void aNewFilterIsSearchedInNotTheLastOnesEvents() throws Exception {
        SearchService search = new SearchService(db, store);
        List<Event> events = data.eventsInNarrativeOrder();
        Event last = events.get(events.size() - 1);
        Event middle = events.get(events.size() / 2);
        // "report" is in every generated title: of a page of one, the first of all and the first of those shown.
        List<Event> onlyLast = List.of(last);
        assertTrue(listed(search, onlyLast).contains(last.id()));
        assertTrue(listed(search, onlyLast).contains(last.id()), "the same filters, searched again");
        List<String> afterChange = listed(search, List.of(middle));
        assertTrue(afterChange.contains(middle.id()), "the new filter's event: " + afterChange);
        assertFalse(afterChange.contains(last.id()), "not the last filter's: " + afterChange);
    }

    private static List<String> listed(SearchService search, List<Event> shown) throws Exception {
        SearchResults found = search.search("report", data, shown, 1).get(30, TimeUnit.SECONDS);
        return found.hits().stream().map(SearchResults.Hit::eventId).toList();
    }
}
