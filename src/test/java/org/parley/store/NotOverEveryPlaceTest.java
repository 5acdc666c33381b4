package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.seed.BundledSeeds;

/**
 * A word after NOT that names every place ("talks NOT Place" in the generated data, where every place is "Place N")
 * leaves out every event. Those events had come into Java as a set of 100,000 ids, 250 ms of a 270 ms search; they are
 * bits by the events' rowids now. Here the week's places are renamed "Hall N" and every event is held at one.
 */
class NotOverEveryPlaceTest {

    @TempDir
    static Path dir;
    static Path file;

    @BeforeAll
    static void everyEventHeldInAHall() throws Exception {
        file = dir.resolve("week.db");
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(BundledSeeds.dataset(), "h", Origin.SEED);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("UPDATE places SET name = 'Hall ' || rowid");
            st.execute("UPDATE events SET place_id = (SELECT min(id) FROM places) WHERE place_id IS NULL");
        }
    }

    @Test
    void noEventIsListedCountedOrFound() {
        try (ParleyStore store = ParleyStore.open(file)) {
            assertTrue(store.search("talks", 200).stream().anyMatch(h -> h.eventId() != null), "fixture");
            for (List<SearchHit> hits : List.of(store.search("talks NOT Hall", 200),
                    store.search("talks NOT Hall", 200, e -> true))) {
                // The articles' passages belong to no event and stay.
                assertTrue(hits.stream().allMatch(h -> h.kind() == SearchHit.Kind.PASSAGE), hits.toString());
                assertFalse(hits.isEmpty(), "the passages that say talks");
            }
            assertTrue(store.searchEventIds("talks NOT Hall").isEmpty());
            long passages = store.search("talks", 10_000).stream().filter(h -> h.kind() == SearchHit.Kind.PASSAGE).count();
            assertEquals(passages, store.searchCount("talks NOT Hall"));
        }
    }

    @Test
    void theEventsLeftOutAreEveryEventsRowidNotItsId() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SearchNames names = SearchNames.current(c, null);
            SearchEntryEvents entries = SearchEntryEvents.current(c, null);
            BitSet left = LeftOutByNot.of(c, () -> names, "talks NOT Hall").eventRowsByPlaceOrPeople(entries);
            BitSet every = new BitSet();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT rowid FROM events")) {
                while (rs.next()) {
                    every.set(rs.getInt(1));
                }
            }
            assertEquals(every, left);
            assertEquals(BundledSeeds.dataset().events().size(), left.cardinality());
        }
    }
}
