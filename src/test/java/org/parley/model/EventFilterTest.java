package org.parley.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventFilterTest {

    private static final ZoneId Z = ZoneId.of("Europe/Brussels");

    private static Event event(String id, EventKind kind, String day, List<String> actors, List<String> sources,
                               String place) {
        return new Event(id, id, "", TimeSpan.parse(day, null, Precision.DAY, Z), 1, place, List.of("ukraine"), kind,
                "040", Track.NATO_RUSSIA_COUNCIL, actors.stream().map(a -> new Participant(a, "")).toList(),
                sources.stream().map(s -> new Evidence(s, "x", new Span(0, 1))).toList(), false, "");
    }

    private final Event meeting = event("m", EventKind.MEETING, "2022-01-12", List.of("sherman", "grushko"),
            List.of("wapo", "nyt"), "brussels");
    private final Event statement = event("s", EventKind.STATEMENT, "2022-01-10", List.of("ryabkov"),
            List.of("nyt"), "geneva");

    @Test
    void anEmptyFilterKeepsEverything() {
        assertTrue(EventFilter.NONE.isEmpty());
        assertTrue(EventFilter.NONE.test(meeting, 2, Z));
        assertTrue(EventFilter.NONE.test(statement, 2, Z));
    }

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsCombine() {
        EventFilter f = EventFilter.NONE.withActors(Set.of("grushko", "ryabkov"));
        assertTrue(f.test(meeting, 2, Z));
        assertTrue(f.test(statement, 2, Z));
        EventFilter both = f.withKinds(Set.of(EventKind.MEETING));
        assertTrue(both.test(meeting, 2, Z));
        assertFalse(both.test(statement, 2, Z));
    }

    /** "All of these actors": only the events every chosen actor takes part in, what a network line stands for. */
    @Test
    void allOfTheActorsKeepsOnlyWhatTheyShare() {
        EventFilter shared = EventFilter.NONE.withActors(Set.of("sherman", "grushko"))
                .withActorMatch(EventFilter.ActorMatch.ALL);
        assertTrue(shared.test(meeting, 2, Z));
        assertFalse(shared.test(statement, 2, Z));
        assertTrue(shared.wantsAllActors());
        assertFalse(shared.withActors(Set.of("sherman", "ryabkov")).test(meeting, 2, Z),
                "Ryabkov is not at the meeting: Sherman alone is not enough");
        assertTrue(shared.withActors(Set.of("sherman", "ryabkov")).withActorMatch(EventFilter.ActorMatch.ANY)
                .test(meeting, 2, Z), "any of them: Sherman is enough");
        // One actor is one either way; none does not filter.
        assertTrue(shared.withActors(Set.of("ryabkov")).test(statement, 2, Z));
        assertFalse(shared.withActors(Set.of("ryabkov")).wantsAllActors());
        assertTrue(shared.withActors(Set.of()).test(statement, 2, Z));
        assertTrue(shared.withActors(Set.of()).isEmpty());
        // The other facets keep the mode.
        assertEquals(EventFilter.ActorMatch.ALL, shared.withKinds(Set.of(EventKind.MEETING)).withPlaces(Set.of("brussels"))
                .withSources(SourceFilter.ANY).withRange(null, null).withActors(Set.of("x")).actorMatch());
    }

    @Test
    void placesMatchTheVenueOrWhatTheEventIsAbout() {
        assertTrue(EventFilter.NONE.withPlaces(Set.of("ukraine")).test(statement, 2, Z));
        assertFalse(EventFilter.NONE.withPlaces(Set.of("vienna")).test(meeting, 2, Z));
    }

    @Test
    void theTimeRangeKeepsWhatOverlapsIt() {
        EventFilter wednesday = EventFilter.NONE.withRange(Instant.parse("2022-01-12T12:00:00Z"),
                Instant.parse("2022-01-13T00:00:00Z"));
        assertTrue(wednesday.test(meeting, 2, Z));
        assertFalse(wednesday.test(statement, 2, Z));
    }

    /**
     * Days are each event's own, as the timeline draws them: an exercise of 12 January in Moscow
     * begins two hours before Brussels' midnight, and a range of 10–11 January (Brussels) leaves it out.
     */
    @Test
    void theTimeRangeComparesEachEventsOwnDays() {
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        Event exercise = new Event("x", "x", "", TimeSpan.parse("2022-01-12", null, Precision.DAY, moscow), 1, "",
                List.of(), EventKind.MILITARY, "150", Track.RUSSIAN_MILITARY, List.of(),
                List.of(new Evidence("nyt", "x", new Span(0, 1))), false, "");
        EventFilter tenthToEleventh = EventFilter.NONE.withRange(
                java.time.LocalDate.parse("2022-01-10").atStartOfDay(Z).toInstant(),
                java.time.LocalDate.parse("2022-01-12").atStartOfDay(Z).toInstant());
        assertFalse(tenthToEleventh.test(exercise, 2, Z));
        EventFilter twelfth = EventFilter.NONE.withRange(
                java.time.LocalDate.parse("2022-01-12").atStartOfDay(Z).toInstant(),
                java.time.LocalDate.parse("2022-01-13").atStartOfDay(Z).toInstant());
        assertTrue(twelfth.test(exercise, 2, Z));
    }

    @Test
    void sourcesCanBeEitherBothOrOnlyOne() {
        assertTrue(EventFilter.NONE.withSources(SourceFilter.ALL_SOURCES).test(meeting, 2, Z));
        assertFalse(EventFilter.NONE.withSources(SourceFilter.ALL_SOURCES).test(statement, 2, Z));
        assertTrue(EventFilter.NONE.withSources(SourceFilter.SINGLE_SOURCE).test(statement, 2, Z));
        assertFalse(EventFilter.NONE.withSources(SourceFilter.includes("wapo")).test(statement, 2, Z));
    }
}
