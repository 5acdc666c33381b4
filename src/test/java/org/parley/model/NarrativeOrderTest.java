package org.parley.model;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NarrativeOrderTest {

    private static Event day(String id, String date, String zone, int order) {
        return new Event(id, id, "", TimeSpan.parse(date, null, Precision.DAY, ZoneId.of(zone)), order, "", List.of(),
                EventKind.STATEMENT, "010", Track.NATO_RUSSIA_COUNCIL, List.of(),
                List.of(new Evidence("s", "x", new Span(0, 1))), false, "");
    }

    @Test
    void theSameReportedDayIsOneDayWhateverTheVenuesZone() {
        // Moscow's 12 January begins two hours before Brussels'; the story still opens in Brussels.
        Event exercises = day("exercises", "2022-01-12", "Europe/Moscow", 28);
        Event briefing = day("briefing", "2022-01-12", "Europe/Brussels", 1);
        Event washington = day("antonov", "2022-01-12", "America/New_York", 30);
        Event geneva = day("dinner", "2022-01-09", "Europe/Zurich", 1);
        List<Event> sorted = List.of(exercises, washington, briefing, geneva).stream()
                .sorted(Dataset.NARRATIVE_ORDER).toList();
        assertEquals(List.of(geneva, briefing, exercises, washington), sorted);
    }

    @Test
    void coarserDatesComeAtTheStartOfTheirPeriod() {
        Event decade = new Event("nineties", "n", "", TimeSpan.parse("1990", null, Precision.DECADE, ZoneId.of("UTC")), 0,
                "", List.of(), EventKind.DECISION, "057", Track.BACKGROUND, List.of(),
                List.of(new Evidence("s", "x", new Span(0, 1))), false, "");
        Event soviet = new Event("ussr", "u", "", TimeSpan.parse("1991", null, Precision.YEAR, ZoneId.of("UTC")), 0,
                "", List.of(), EventKind.DECISION, "010", Track.BACKGROUND, List.of(),
                List.of(new Evidence("s", "x", new Span(0, 1))), false, "");
        assertEquals(List.of(decade, soviet), List.of(soviet, decade).stream().sorted(Dataset.NARRATIVE_ORDER).toList());
    }
}
