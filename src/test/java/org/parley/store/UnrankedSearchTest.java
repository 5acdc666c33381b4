package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.SyntheticDataAccess;
import org.parley.model.Dataset;
import org.parley.model.Event;

/**
 * A word that matches tens of thousands of entries ("report", in every generated title) is not ranked:
 * ranking them all took 0.1–0.2 s among 100,000 events. The first are listed, in the dataset's order;
 * a rarer word is still ranked.
 */
class UnrankedSearchTest {

    @TempDir
    static Path dir;

    private static ParleyStore store;
    private static Dataset data;

    @BeforeAll
    static void importGeneratedEvents() {
        data = SyntheticDataAccess.dataset(Searcher.RANKED_AT_MOST + 2_000);
        store = ParleyStore.open(dir.resolve("many.db"));
        store.importDataset(data, "h", Origin.USER);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aWordInEveryTitleListsTheFirstEventsInTheDatasetsOrder() {
        assertTrue(store.searchCount("report") > ParleyStore.RANKED_AT_MOST);
        List<SearchHit> hits = store.search("report", 50);
        assertEquals(50, hits.size());
        List<String> expected = data.events().subList(0, 50).stream().map(Event::id).toList();
        assertEquals(expected, hits.stream().map(SearchHit::eventId).toList());
        assertTrue(hits.stream().allMatch(h -> h.snippet().contains("«")), "each marks the word it matched");
        // Scoring would count every match of the word first: most of the time a word in every title took.
        assertTrue(hits.stream().allMatch(h -> h.score() == 0), "unscored, as listed unranked");
    }

    @Test
    void withFiltersTheFirstOfWhatTheyShowAreListedToo() {
        String shown = data.events().get(data.events().size() - 1).id();
        List<SearchHit> hits = store.search("report", 20, id -> id.equals(shown));
        assertTrue(hits.stream().anyMatch(h -> h.eventId().equals(shown)), "the event the filters show is listed");
        assertEquals(data.events().get(0).id(), hits.get(0).eventId(), "the first of all, in the dataset's order");
    }

    @Test
    void aRarerWordIsRanked() {
        String title = data.events().get(123).title();
        String rare = title.substring(title.lastIndexOf(' ') + 1);
        assertTrue(store.searchCount(rare) <= ParleyStore.RANKED_AT_MOST, rare);
        List<SearchHit> hits = store.search(rare, 200);
        assertTrue(hits.stream().anyMatch(h -> h.eventId().equals(data.events().get(123).id())),
                "the event with \"" + rare + "\" is found");
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() <= hits.get(i).score(), "best first: " + i);
        }
    }
}
