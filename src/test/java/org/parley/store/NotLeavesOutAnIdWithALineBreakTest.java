package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.seed.BundledSeeds;

/**
 * The events a person's name leaves out after NOT are read as one row of ids joined by line breaks; an id another
 * program stored with a line break in it must still be left out, not split into two ids that match nothing.
 */
class NotLeavesOutAnIdWithALineBreakTest {

    private static final String BROKEN = "nrc\nmeeting";

    @Test
    void anEventWhoseIdHoldsALineBreakIsStillLeftOut(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("week.db");
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(BundledSeeds.dataset(), "h", Origin.SEED);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = OFF");
            for (String table : new String[] {"events SET id", "event_actors SET event_id", "event_refers SET event_id",
                    "evidence SET event_id", "quotes SET event_id", "search_index SET event_id"}) {
                String column = table.substring(table.lastIndexOf(' ') + 1);
                st.execute("UPDATE " + table + " = 'nrc' || char(10) || 'meeting' WHERE " + column + " = 'nrc-meeting'");
            }
        }
        try (ParleyStore store = ParleyStore.open(file)) {
            assertTrue(ids(store, "Brussels Sherman").contains(BROKEN), "fixture: " + ids(store, "Brussels Sherman"));
            Set<String> kept = ids(store, "Brussels NOT Sherman");
            assertFalse(kept.contains(BROKEN), kept.toString());
            assertTrue(kept.contains("bg-missions-shut"), kept.toString());
        }
    }

    private static Set<String> ids(ParleyStore store, String text) {
        Set<String> events = new HashSet<>(store.searchEventIds(text));
        store.search(text, 10_000, e -> true).forEach(h -> events.add(h.eventId()));
        return events;
    }
}
