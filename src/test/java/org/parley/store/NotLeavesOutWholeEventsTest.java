package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.seed.BundledSeeds;

/**
 * A word after NOT keeps out every event any entry of which (its title and summary, a quote at it) holds it, not only
 * the entries that hold it: "Russians NOT Brussels" listed and rang the European official's account, titled "the bloc
 * was united in Brussels", through its quote "Allies just wouldn't do that in front of the Russians."
 */
class NotLeavesOutWholeEventsTest {

    @TempDir
    static Path dir;

    private static ParleyStore store;

    @BeforeAll
    static void importWeek() {
        store = ParleyStore.open(dir.resolve("not.db"));
        store.importDataset(BundledSeeds.dataset(), "h", Origin.SEED);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> events(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::eventId).toList();
    }

    @Test
    void aQuoteDoesNotBringBackAnEventWhoseTitleHoldsTheWordLeftOut() {
        // The quote holds "Russians" and not "Brussels"; the event's title holds "Brussels".
        assertTrue(events(store.search("Russians", 200)).contains("european-official-account"), "fixture");
        List<SearchHit> hits = store.search("Russians NOT Brussels", 200);
        assertFalse(events(hits).contains("european-official-account"), hits.toString());
        assertFalse(events(store.search("Russians NOT Brussels", 200, e -> true)).contains("european-official-account"));
        assertFalse(store.searchEventIds("Russians NOT Brussels").contains("european-official-account"));
        assertEquals(store.search("Russians NOT Brussels", 10_000).size(), store.searchCount("Russians NOT Brussels"));
        // An article's paragraph belongs to no event: it is left out only when it holds the word itself.
        assertTrue(hits.stream().anyMatch(h -> h.kind() == SearchHit.Kind.PASSAGE
                && h.snippet().contains("in front of the")), hits.toString());
    }

    @Test
    void anEventWhoseQuoteHoldsTheWordLeftOutIsKeptOutWithItsOtherEntries() {
        // Stoltenberg's "NATO allies are clear-eyed about the prospects" is at the briefing whose summary and other
        // quotes say "differences": those were still listed.
        assertTrue(events(store.search("differences", 200)).contains("stoltenberg-briefing"), "fixture");
        List<SearchHit> hits = store.search("differences NOT clear-eyed", 200);
        assertFalse(events(hits).contains("stoltenberg-briefing"), hits.toString());
        assertTrue(store.searchEventIds("differences NOT clear-eyed").isEmpty());
        assertEquals(hits.size(), store.searchCount("differences NOT clear-eyed"));
    }

    @Test
    void theRestKeepsItsRankAndCount() {
        // Leaving out whole events takes entries away; what remains keeps the order "Russians" alone ranks it in.
        List<SearchHit> all = store.search("Russians", 200);
        List<SearchHit> kept = store.search("Russians NOT Brussels", 200);
        List<SearchHit> expected = all.stream().filter(h -> kept.stream().anyMatch(k -> same(h, k))).toList();
        assertEquals(kept.size(), expected.size());
        for (int i = 0; i < kept.size(); i++) {
            assertTrue(same(expected.get(i), kept.get(i)), kept + " against " + all);
        }
        // Without NOT nothing changes.
        assertEquals(all.size(), store.searchCount("Russians"));
    }

    private static boolean same(SearchHit a, SearchHit b) {
        return a.kind() == b.kind() && a.eventId().equals(b.eventId()) && a.quoteId().equals(b.quoteId())
                && a.sourceId().equals(b.sourceId()) && a.span().equals(b.span());
    }
}
