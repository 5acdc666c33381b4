package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;

/**
 * A search whose words name a person and a place or a topic finds that person's events whose words hold the rest
 * (decision 0158): "Stoltenberg Brussels" had found two of his nine events in Brussels, those whose one entry says both.
 */
class PersonAndPlaceSearchTest extends StoreWithTheWeek {

    /** The events {@code actor} takes part in at Brussels or at a place within it (NATO headquarters). */
    private static Set<String> inBrussels(String actor) {
        return WEEK.events().stream().filter(e -> WEEK.involves(e, actor))
                .filter(e -> e.place().equals("brussels") || e.place().equals("nato-hq"))
                .map(Event::id).collect(Collectors.toSet());
    }

    @Test
    void aPersonAndAPlaceFindAllTheirEventsThere() {
        Set<String> his = inBrussels("stoltenberg");
        assertEquals(9, his.size(), his.toString());
        Set<String> found = store.searchEventIds("Stoltenberg Brussels");
        assertTrue(found.containsAll(his), "missing " + his.stream().filter(id -> !found.contains(id)).toList());
        // Her events in Brussels without him, and his words elsewhere, are not his events there.
        assertFalse(found.contains("sherman-sober-challenge"), found.toString());
        assertFalse(found.contains("geneva-talks"), found.toString());
    }

    @Test
    void theyAreListedAfterTheTextsHitsInTimeOrderAndCounted() {
        var named = ActorSearch.named(WEEK.actors(), "Stoltenberg Brussels");
        assertEquals(List.of("stoltenberg"), named.stream().map(a -> a.id()).toList());
        List<TakingPart> events = store.eventsOfPeopleNamed(named, "Stoltenberg Brussels", 100);
        assertEquals(inBrussels("stoltenberg"), events.stream().map(TakingPart::eventId).collect(Collectors.toSet()));
        assertEquals("participant", events.get(0).roles().get("stoltenberg"));
        // Two of them say both words in one entry (the text's hits): seven are found through him alone.
        assertEquals(7, store.countEventsOfPeopleNamedBeyond(named, "Stoltenberg Brussels"));
        assertEquals(3, store.eventsOfPeopleNamed(named, "Stoltenberg Brussels", 3).size());
    }

    @Test
    void everyWordIsStillRequired() {
        // He was not at the Geneva talks: no event of his is in Geneva, so none is found through him.
        Set<String> found = store.searchEventIds("Stoltenberg Geneva");
        assertTrue(found.stream().noneMatch(inBrussels("stoltenberg")::contains), found.toString());
        // A topic is a word like a place: his events whose words say "sovereignty", though not beside his name.
        assertTrue(store.searchEventIds("Stoltenberg sovereignty").contains("nrc-de-escalate-demand"));
    }

    @Test
    void notOrAndPhrasesKeepTheirMeaning() {
        assertFalse(store.searchEventIds("Stoltenberg Brussels NOT Putin").contains("stoltenberg-hope-putin"));
        assertTrue(store.searchEventIds("Stoltenberg Brussels NOT Putin").contains("stoltenberg-warns-risk"));
        assertTrue(store.searchEventIds("\"Jens Stoltenberg\" Brussels").containsAll(inBrussels("stoltenberg")));
        // OR: all of Ryabkov's events, or his events in Brussels (there are none).
        Set<String> either = store.searchEventIds("Ryabkov OR Stoltenberg Brussels");
        assertTrue(either.containsAll(inBrussels("stoltenberg")), either.toString());
        assertTrue(either.contains("geneva-ryabkov-warning"), either.toString());
        // A person named alone still brings all their events (decision 0141).
        assertTrue(store.searchEventIds("Sherman").contains("nrc-meeting"));
    }
}
