package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;

/**
 * A word after NOT leaves out what the same word would have let in: "Stoltenberg Brussels" finds his events held in
 * Brussels and "Brussels Sherman" the meeting she led a delegation at, so "Sherman NOT Brussels" must list none of
 * her events held there and "Brussels NOT Sherman" not that meeting. NOT had read only the events' texts.
 */
class NotLeavesOutWhatTheWordFindsTest extends StoreWithTheWeek {

    /** The events held in Brussels or at a place within it (NATO headquarters), or about it. */
    private static Set<String> inBrussels() {
        return WEEK.events().stream()
                .filter(e -> Set.of("brussels", "nato-hq").contains(e.place()) || e.refers().contains("brussels"))
                .map(Event::id).collect(Collectors.toSet());
    }

    /** Every event a search for {@code text} lists or rings, by each way the store is asked. */
    private static Set<String> everyWay(String text) {
        Set<String> events = new HashSet<>(store.searchEventIds(text));
        store.search(text, 10_000).forEach(h -> events.add(h.eventId()));
        store.search(text, 10_000, e -> true).forEach(h -> events.add(h.eventId()));
        store.eventsOfPeopleNamed(ActorSearch.named(WEEK.actors(), text), text, 10_000)
                .forEach(t -> events.add(t.eventId()));
        events.remove(null);
        events.remove("");
        return events;
    }

    @Test
    void aPlaceLeftOutLeavesOutTheEventsHeldThere() {
        assertTrue(store.searchEventIds("Sherman Brussels").contains("sherman-sober-challenge"), "fixture");
        Set<String> kept = everyWay("Sherman NOT Brussels");
        Set<String> there = kept.stream().filter(inBrussels()::contains).collect(Collectors.toSet());
        assertTrue(there.isEmpty(), "held in Brussels: " + there);
        // Her events elsewhere stay: the Geneva talks and the live-fire remarks, whose place is not given.
        assertTrue(kept.containsAll(Set.of("geneva-talks", "sherman-live-fire")), kept.toString());
        // A phrase of a place's name too: NATO headquarters lies in Brussels, where her briefing was.
        Set<String> atHq = everyWay("Sherman NOT \"NATO headquarters\"");
        assertFalse(atHq.contains("nrc-allies-open-door"), atHq.toString());
        assertTrue(atHq.contains("sherman-sober-challenge"), atHq.toString());
        // With OR the word is left out of every group, the people's events of each among them.
        Set<String> either = everyWay("Grushko OR Stoltenberg NOT Brussels");
        assertTrue(either.stream().noneMatch(inBrussels()::contains), either.toString());
        assertTrue(either.contains("grushko-moment-of-truth"), either.toString());
    }

    @Test
    void aPersonsNameLeftOutLeavesOutTheEventsTheyTakePartIn() {
        assertTrue(store.searchEventIds("Brussels Sherman").contains("nrc-meeting"), "fixture");
        Set<String> kept = everyWay("Brussels NOT Sherman");
        assertFalse(kept.contains("nrc-meeting"), kept.toString());
        // Events in Brussels she has no part in stay.
        assertTrue(kept.contains("bg-missions-shut"), kept.toString());
    }

    @Test
    void whatNotLeavesOutAndWhatTheWordFindsShareNoEvent() {
        List<List<String>> pairs = List.of(
                List.of("Sherman", "Brussels"), List.of("Stoltenberg", "Brussels"), List.of("Grushko", "Brussels"),
                List.of("Sherman", "\"NATO-Russia\""), List.of("Sherman", "Russia"), List.of("Sherman", "Moscow"),
                List.of("Sherman", "Ukraine"), List.of("Sherman", "Ryabkov"), List.of("Brussels", "Sherman"),
                List.of("Stoltenberg", "Europe"), List.of("Sherman", "sober"), List.of("Geneva", "Ryabkov"));
        for (List<String> p : pairs) {
            // Quoted, the word is whole, as after NOT: typed last it would grow ("Russia" finding "Russians").
            String word = p.get(1).startsWith("\"") ? p.get(1) : "\"" + p.get(1) + "\"";
            Set<String> with = everyWay(p.get(0) + " " + word);
            Set<String> without = everyWay(p.get(0) + " NOT " + p.get(1));
            Set<String> both = with.stream().filter(without::contains).collect(Collectors.toSet());
            assertTrue(both.isEmpty(), p + ": " + both);
        }
    }

    @Test
    void theCountsFollowWhatIsListed() {
        String text = "Sherman NOT Brussels";
        assertEquals(store.search(text, 10_000).size(), store.searchCount(text));
        var named = ActorSearch.named(WEEK.actors(), text);
        Set<String> texts = store.search(text, 10_000).stream().map(SearchHit::eventId).collect(Collectors.toSet());
        long beyond = store.eventsOfPeopleNamed(named, text, 10_000).stream()
                .filter(t -> !texts.contains(t.eventId())).count();
        assertEquals(beyond, store.countEventsOfPeopleNamedBeyond(named, text));
        // Without NOT nothing changes: a word no event holds leaves out none.
        assertEquals(everyWay("Sherman"), everyWay("Sherman NOT zzzunheard"));
    }
}
