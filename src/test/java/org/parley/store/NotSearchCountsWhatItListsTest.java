package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A search with words after NOT chooses its hits in Java, each match's event looked up in the index's entries
 * (decision 0169): it lists as many as asked, the first of the longer list, counts what it would list without a
 * limit, and its hits' events are among those it finds (with the events of the people it names).
 */
class NotSearchCountsWhatItListsTest extends StoreWithTheWeek {

    private static final List<String> QUERIES = List.of("Russia NOT Sherman", "NATO NOT Brussels",
            "security NOT Geneva", "talks NOT Ryabkov NOT Stoltenberg", "Ukraine OR Europe NOT invasion");

    @Test
    void aLimitTakesTheFirstOfTheLongerList() {
        for (String q : QUERIES) {
            List<SearchHit> all = store.search(q, 10_000);
            assertTrue(all.size() > 5, q + ": " + all.size());
            assertEquals(all.subList(0, 5), store.search(q, 5), q);
        }
    }

    @Test
    void theCountIsWhatTheSearchListsWithoutALimit() {
        for (String q : QUERIES) {
            assertEquals(store.search(q, 10_000).size(), store.searchCount(q), q);
        }
    }

    @Test
    void theEventsFoundHoldTheHitsEvents() {
        for (String q : QUERIES) {
            Set<String> hitsEvents = store.search(q, 10_000).stream().map(SearchHit::eventId)
                    .filter(Objects::nonNull).filter(e -> !e.isEmpty()).collect(Collectors.toSet());
            Set<String> found = store.searchEventIds(q);
            assertTrue(found.containsAll(hitsEvents), q + ": " + found + " lacks some of " + hitsEvents);
        }
    }

    @Test
    void unfilteredAndWithEveryEventShownTheBestAreTheSame() {
        for (String q : QUERIES) {
            assertEquals(store.search(q, 20), store.search(q, 20, e -> true).subList(0, 20), q);
        }
    }
}
