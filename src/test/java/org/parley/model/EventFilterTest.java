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

    private static Event dated(String id, String start, String end, Precision precision) {
        return new Event(id, id, "", TimeSpan.parse(start, end, precision, Z), 1, "", List.of(), EventKind.STATEMENT,
                "010", Track.NATO_RUSSIA_COUNCIL, List.of(), List.of(new Evidence("nyt", "x", new Span(0, 1))), false, "");
    }

    private static EventFilter days(String first, String last) {
        return EventFilter.NONE.withRange(first == null ? null : LocalDate.parse(first).atStartOfDay(Z).toInstant(),
                last == null ? null : LocalDate.parse(last).plusDays(1).atStartOfDay(Z).toInstant());
    }

    /**
     * "What happened on 12 January" is not answered by an event of "January 2022": it may have happened on any of
     * 31 days. A range of days keeps what is dated within it; an event dated only more roughly is kept when asked.
     */
    @Test
    void aDayRangeLeavesOutWhatIsDatedOnlyToItsMonthUnlessAsked() {
        Event january = dated("jan", "2022-01", null, Precision.MONTH);
        EventFilter twelfth = days("2022-01-12", "2022-01-12");
        assertFalse(twelfth.roughlyDated());
        assertTrue(passes(twelfth, meeting));
        assertFalse(passes(twelfth, january));
        assertTrue(passes(twelfth.withRoughlyDated(true), january));
        assertTrue(twelfth.withRoughlyDated(true).withRange(null, null).withKinds(Set.of()).roughlyDated(),
                "the other facets keep the choice");
        // An event dated to the day runs over every day it names: the talks of 9-10 January were on the 10th.
        assertTrue(passes(days("2022-01-10", "2022-01-10"), dated("geneva", "2022-01-09", "2022-01-10", Precision.DAY)));
        // Without a range there is nothing to be rough about.
        assertTrue(passes(EventFilter.NONE, january));
    }

    /** A range that holds the whole month, season or year an event is dated to keeps it: it happened in there. */
    @Test
    void aRangeHoldingTheWholeRoughDateKeepsIt() {
        Event january = dated("jan", "2022-01", null, Precision.MONTH);
        assertTrue(passes(days("2022-01-01", "2022-01-31"), january));
        assertTrue(passes(days("2021-12-01", null), january));
        assertFalse(passes(days("2022-01-12", null), january), "it may have been before the 12th");
        assertFalse(passes(days(null, "2022-01-12"), january), "it may have been after the 12th");
        Event fall = dated("fall", "2021-09", null, Precision.SEASON);
        assertFalse(passes(days("2021-10-01", "2021-10-31"), fall));
        assertTrue(passes(days("2021-09-01", "2021-11-30"), fall));
    }

    /** The count a status line says: what passes every other filter and overlaps the range, dated too roughly to keep. */
    @Test
    void theRoughlyDatedLeftOutAreCountedAmongWhatTheOtherFiltersKeep() {
        Event january = dated("jan", "2022-01", null, Precision.MONTH);
        Event december = dated("dec", "2021-12", null, Precision.MONTH);
        Event year = dated("y", "2022", null, Precision.YEAR);
        Dataset data = dataset(List.of(meeting, statement, january, december, year), List.of());
        EventFilter twelfth = days("2022-01-12", "2022-01-12");
        assertEquals(List.of("jan", "y"), data.events().stream().filter(twelfth.leftOutAsRoughlyDated(data))
                .map(Event::id).toList());
        assertEquals(0, data.events().stream().filter(twelfth.withRoughlyDated(true).leftOutAsRoughlyDated(data)).count(),
                "kept, they are not left out");
        assertEquals(0, data.events().stream().filter(EventFilter.NONE.leftOutAsRoughlyDated(data)).count());
        assertEquals(0, data.events().stream().filter(twelfth.withKinds(Set.of(EventKind.MEETING))
                .leftOutAsRoughlyDated(data)).count(), "the other filters leave them out anyway");
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
