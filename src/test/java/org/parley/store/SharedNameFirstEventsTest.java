package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.SyntheticDataAccess;
import org.parley.model.Actor;
import org.parley.model.Dataset;

/**
 * A first name or surname shared by many people and another word ("Adler report", "Elena pipeline"): the list shows
 * the first of their events holding the word in time order, found by testing their events a batch at a time in that
 * order, not all of them (at 100,000 events 107 Adlers have 55,000, 0.2 s to test and order; decision 0158). The list
 * is the one testing them all gives.
 */
class SharedNameFirstEventsTest {

    @TempDir
    static Path dir;

    private static ParleyStore store;
    private static Connection reader;
    private static Dataset data;

    @BeforeAll
    static void importGeneratedEvents() throws SQLException {
        data = SyntheticDataAccess.dataset(4_000);
        store = ParleyStore.open(dir.resolve("shared.db"));
        store.importDataset(data, "h", Origin.USER);
        reader = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shared.db"));
    }

    @AfterAll
    static void close() throws SQLException {
        reader.close();
        store.close();
    }

    private static NamedPeopleEvents people() throws SQLException {
        return new NamedPeopleEvents(reader, SearchEntryEvents.current(reader, null),
                ActorEventsInTimeOrder.current(reader, null));
    }

    /** The first {@code limit} events as the list shows them. */
    private static List<TakingPart> listed(NamedPeopleEvents people, List<Actor> named, String userText, int limit)
            throws SQLException {
        return people.first(named, userText, limit);
    }

    @Test
    void theFirstEventsAreThoseTestingEveryEventGives() throws SQLException {
        NamedPeopleEvents people = people();
        for (String userText : List.of("Elena pipeline", "Adler report", "Adler Place 7", "Elena report NOT pipeline",
                "Elena talks OR Adler border", "Frank Adler security", "Anna pipeline NOT Place", "Adler zzzz")) {
            List<Actor> named = ActorSearch.named(data.actors(), userText);
            assertTrue(named.size() > 3, userText + " names " + named.size());
            for (int limit : new int[] {1, 7, 200, Integer.MAX_VALUE}) {
                List<TakingPart> everyEvent = people.inTimeOrder(people.events(named, userText), named, limit);
                assertEquals(everyEvent, store.eventsOfPeopleNamed(named, userText, limit), userText + ", " + limit);
                assertEquals(everyEvent, listed(people, named, userText, limit), userText + ", " + limit);
            }
        }
    }

    @Test
    void aFewOfManyEventsTestOnlyAFew() throws SQLException {
        String userText = "Adler report";
        List<Actor> named = ActorSearch.named(data.actors(), userText);
        NamedPeopleEvents people = people();
        assertEquals(200, listed(people, named, userText, 200).size());
        long all = SqliteSteps.of(reader, () -> assertFalse(listed(people, named, userText, Integer.MAX_VALUE).isEmpty()));
        long few = SqliteSteps.of(reader, () -> assertEquals(20, listed(people, named, userText, 20).size()));
        // SQLite's own count of the work done, not a clock: the same on a loaded machine.
        assertTrue(few * 3 < all, "listing 20 took " + few + " hundred steps, listing all " + all);
    }
}
