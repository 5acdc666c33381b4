package org.parley.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

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
        assertTrue(EventFilter.NONE.test(meeting, 2));
        assertTrue(EventFilter.NONE.test(statement, 2));
    }

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsCombine() {
        EventFilter f = EventFilter.NONE.withActors(Set.of("grushko", "ryabkov"));
        assertTrue(f.test(meeting, 2));
        assertTrue(f.test(statement, 2));
        EventFilter both = f.withKinds(Set.of(EventKind.MEETING));
        assertTrue(both.test(meeting, 2));
        assertFalse(both.test(statement, 2));
    }

    @Test
    void placesMatchTheVenueOrWhatTheEventIsAbout() {
        assertTrue(EventFilter.NONE.withPlaces(Set.of("ukraine")).test(statement, 2));
        assertFalse(EventFilter.NONE.withPlaces(Set.of("vienna")).test(meeting, 2));
    }

    @Test
    void theTimeRangeKeepsWhatOverlapsIt() {
        EventFilter wednesday = EventFilter.NONE.withRange(Instant.parse("2022-01-12T12:00:00Z"),
                Instant.parse("2022-01-13T00:00:00Z"));
        assertTrue(wednesday.test(meeting, 2));
        assertFalse(wednesday.test(statement, 2));
    }

    @Test
    void sourcesCanBeEitherBothOrOnlyOne() {
        assertTrue(EventFilter.NONE.withSources(SourceFilter.ALL_SOURCES).test(meeting, 2));
        assertFalse(EventFilter.NONE.withSources(SourceFilter.ALL_SOURCES).test(statement, 2));
        assertTrue(EventFilter.NONE.withSources(SourceFilter.SINGLE_SOURCE).test(statement, 2));
        assertFalse(EventFilter.NONE.withSources(SourceFilter.includes("wapo")).test(statement, 2));
    }
}
