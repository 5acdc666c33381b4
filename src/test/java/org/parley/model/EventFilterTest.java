package org.parley.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
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

    /** Whether {@code e} passes {@code f} in a dataset of it alone, read in Brussels' zone, with both papers. */
    private static boolean passes(EventFilter f, Event e) {
        return f.in(dataset(List.of(e), List.of())).test(e);
    }

    private static Dataset dataset(List<Event> events, List<Quote> quotes) {
        List<Source> papers = List.of(new Source("wapo", "The Washington Post", "", LocalDate.of(2022, 1, 12), "", "en", "", "x"),
                new Source("nyt", "The New York Times", "", LocalDate.of(2022, 1, 12), "", "en", "", "x"));
        return new Dataset("t", "", null, Z, papers, List.of(), List.of(), events, quotes, List.of());
    }

    private final Event meeting = event("m", EventKind.MEETING, "2022-01-12", List.of("sherman", "grushko"),
            List.of("wapo", "nyt"), "brussels");
    private final Event statement = event("s", EventKind.STATEMENT, "2022-01-10", List.of("ryabkov"),
            List.of("nyt"), "geneva");

    @Test
    void anEmptyFilterKeepsEverything() {
        assertTrue(EventFilter.NONE.isEmpty());
        assertTrue(passes(EventFilter.NONE, meeting));
        assertTrue(passes(EventFilter.NONE, statement));
    }

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsCombine() {
        EventFilter f = EventFilter.NONE.withActors(Set.of("grushko", "ryabkov"));
        assertTrue(passes(f, meeting));
        assertTrue(passes(f, statement));
        EventFilter both = f.withKinds(Set.of(EventKind.MEETING));
        assertTrue(passes(both, meeting));
        assertFalse(passes(both, statement));
    }

    /** "All of these actors": only the events every chosen actor takes part in, what a network line stands for. */
    @Test
    void allOfTheActorsKeepsOnlyWhatTheyShare() {
        EventFilter shared = EventFilter.NONE.withActors(Set.of("sherman", "grushko"))
                .withActorMatch(EventFilter.ActorMatch.ALL);
        assertTrue(passes(shared, meeting));
        assertFalse(passes(shared, statement));
        assertTrue(shared.wantsAllActors());
        assertFalse(passes(shared.withActors(Set.of("sherman", "ryabkov")), meeting),
                "Ryabkov is not at the meeting: Sherman alone is not enough");
        assertTrue(passes(shared.withActors(Set.of("sherman", "ryabkov")).withActorMatch(EventFilter.ActorMatch.ANY),
                meeting), "any of them: Sherman is enough");
        // One actor is one either way; none does not filter.
        assertTrue(passes(shared.withActors(Set.of("ryabkov")), statement));
        assertFalse(shared.withActors(Set.of("ryabkov")).wantsAllActors());
        assertTrue(passes(shared.withActors(Set.of()), statement));
        assertTrue(shared.withActors(Set.of()).isEmpty());
        // The other facets keep the mode.
        assertEquals(EventFilter.ActorMatch.ALL, shared.withKinds(Set.of(EventKind.MEETING)).withPlaces(Set.of("brussels"))
                .withSources(SourceFilter.ANY).withRange(null, null).withActors(Set.of("x")).actorMatch());
    }

    @Test
    void placesMatchTheVenueOrWhatTheEventIsAbout() {
        assertTrue(passes(EventFilter.NONE.withPlaces(Set.of("ukraine")), statement));
        assertFalse(passes(EventFilter.NONE.withPlaces(Set.of("vienna")), meeting));
    }

    @Test
    void theTimeRangeKeepsWhatOverlapsIt() {
        EventFilter wednesday = EventFilter.NONE.withRange(Instant.parse("2022-01-12T12:00:00Z"),
                Instant.parse("2022-01-13T00:00:00Z"));
        assertTrue(passes(wednesday, meeting));
        assertFalse(passes(wednesday, statement));
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
                LocalDate.parse("2022-01-10").atStartOfDay(Z).toInstant(),
                LocalDate.parse("2022-01-12").atStartOfDay(Z).toInstant());
        assertFalse(passes(tenthToEleventh, exercise));
        EventFilter twelfth = EventFilter.NONE.withRange(
                LocalDate.parse("2022-01-12").atStartOfDay(Z).toInstant(),
                LocalDate.parse("2022-01-13").atStartOfDay(Z).toInstant());
        assertTrue(passes(twelfth, exercise));
    }

    @Test
    void sourcesCanBeEitherBothOrOnlyOne() {
        assertTrue(passes(EventFilter.NONE.withSources(SourceFilter.ALL_SOURCES), meeting));
        assertFalse(passes(EventFilter.NONE.withSources(SourceFilter.ALL_SOURCES), statement));
        assertTrue(passes(EventFilter.NONE.withSources(SourceFilter.SINGLE_SOURCE), statement));
        assertFalse(passes(EventFilter.NONE.withSources(SourceFilter.includes("wapo")), statement));
    }

    /**
     * A speaker quoted at an event is in it though the curators did not list them, in both modes, as the
     * actor network counts them: a line of "2 events together" filters to 2, not 1.
     */
    @Test
    void aSpeakerQuotedButNotListedIsInTheEvent() {
        Event briefing = event("b", EventKind.STATEMENT, "2022-01-12", List.of("stoltenberg"), List.of("nyt"),
                "brussels");
        Quote words = new Quote("q", "x", "grushko", "nyt", "b", new Span(0, 1));
        Dataset ds = dataset(List.of(meeting, briefing), List.of(words));
        EventFilter both = EventFilter.NONE.withActors(Set.of("grushko", "stoltenberg"))
                .withActorMatch(EventFilter.ActorMatch.ALL);
        assertTrue(both.in(ds).test(briefing), "Grushko is quoted at Stoltenberg's briefing: they share it");
        assertTrue(EventFilter.NONE.withActors(Set.of("grushko")).in(ds).test(briefing), "one actor: the same");
        assertTrue(EventFilter.NONE.withActors(Set.of("grushko", "ryabkov")).in(ds).test(briefing), "any of them");
        assertFalse(both.withActors(Set.of("sherman", "stoltenberg")).in(ds).test(briefing), "Sherman is not there");
        assertTrue(ds.involves(briefing, "grushko"));
        assertTrue(ds.sharedBy("grushko", "stoltenberg").test(briefing));
        assertFalse(ds.involves(meeting, "stoltenberg"));
    }
}
