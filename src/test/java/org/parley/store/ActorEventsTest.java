package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;

/** The events an actor takes part in, read when a search names them: the same the actor filter counts (Dataset.involves). */
class ActorEventsTest extends StoreWithTheWeek {

    private static List<String> involving(String actor) {
        return WEEK.events().stream().filter(e -> WEEK.involves(e, actor)).map(Event::id).sorted().toList();
    }

    @Test
    void everyActorsEventsAreThoseTheActorFilterCounts() {
        for (var a : WEEK.actors()) {
            List<TakingPart> found = store.eventsTakingPart(List.of(a.id()), 1000);
            assertEquals(involving(a.id()), found.stream().map(TakingPart::eventId).sorted().toList(), a.id());
            assertEquals(found.size(), store.countEventsTakingPart(List.of(a.id())), a.id());
        }
    }

    @Test
    void theFirstInTimeOrderWithTheirRolesAndTheCountOfAll() {
        List<TakingPart> first = store.eventsTakingPart(List.of("sherman", "grushko"), 3);
        assertEquals(3, first.size());
        // Her 15 and his 10, the two they share (the meeting and the photo before it) counted once.
        assertEquals(23, store.countEventsTakingPart(List.of("sherman", "grushko")));
        List<TakingPart> all = store.eventsTakingPart(List.of("sherman", "grushko"), 100);
        assertEquals(all.subList(0, 3), first);
        TakingPart meeting = all.stream().filter(t -> t.eventId().equals("nrc-meeting")).findFirst().orElseThrow();
        assertEquals("led the Russian delegation", meeting.roles().get("grushko"));
        assertEquals(List.of("sherman", "grushko"), meeting.actors(List.of("sherman", "grushko")));
    }

    @Test
    void anyTextAsAnIdFindsNothingAndBreaksNothing() {
        assertTrue(store.eventsTakingPart(List.of("a\"b", "c\\d", "\n]"), 10).isEmpty());
        assertEquals(0, store.countEventsTakingPart(List.of("x\"], \"sherman")));
        assertTrue(store.eventsTakingPart(List.of(), 10).isEmpty());
    }

    @Test
    void aWordAfterNotLeavesOutThePersonsEventsThatHoldIt() {
        // "Sherman NOT Geneva" kept the Geneva talks, where she takes part: NOT had read only the text's matches.
        var kept = store.searchEventIds("Sherman NOT Geneva");
        assertFalse(kept.contains("geneva-talks"), kept.toString());
        assertTrue(kept.contains("nrc-meeting"), kept.toString());
        assertEquals(14, kept.size(), kept.toString());
        // The meeting in Brussels, found through her alone, goes when its title's word is left out.
        assertFalse(store.searchEventIds("Sherman NOT Brussels").contains("nrc-meeting"));
        // A word a quote at the event holds leaves it out too: the event's words are its title, summary and quotes.
        assertEquals(store.searchEventIds("Sherman"), store.searchEventIds("Sherman NOT zzzunheard"));
    }
}
