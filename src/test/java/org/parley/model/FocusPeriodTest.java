package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The period a dataset is about and the zone it is read in: declared, or derived from the events. */
class FocusPeriodTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static Event event(String id, String start, Precision precision, ZoneId zone) {
        return new Event(id, id, "", TimeSpan.parse(start, null, precision, zone), 1, "", List.of(),
                EventKind.MEETING, "040", Track.BACKGROUND, List.of(), List.of(), false, "");
    }

    private static Dataset dataset(DateRange focus, ZoneId zone, List<Event> events) {
        return new Dataset("t", "", focus, zone, List.of(), List.of(), List.of(), events, List.of(), List.of());
    }

    @Test
    void derivedFocusIsTheDensestWeekOfDatedEventsAndIgnoresBackground() {
        List<Event> events = new ArrayList<>();
        events.add(event("nineties", "1990", Precision.DECADE, BRUSSELS));
        events.add(event("early", "2021-12-01", Precision.DAY, BRUSSELS));
        for (int d = 9; d <= 13; d++) {
            events.add(event("jan" + d, String.format("2022-01-%02d", d), Precision.DAY, d == 13 ? KYIV : BRUSSELS));
        }
        events.add(event("late", "2022-02-20", Precision.DAY, BRUSSELS));
        Dataset ds = dataset(null, null, events);
        assertEquals(new DateRange(LocalDate.of(2022, 1, 9), LocalDate.of(2022, 1, 13)), ds.focus().orElseThrow());
        assertTrue(ds.declaredFocus().isEmpty());
        assertEquals(BRUSSELS, ds.zone(), "most focus events happened in Brussels");
    }

    @Test
    void declaredFocusAndZoneWin() {
        DateRange declared = new DateRange(LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31));
        Dataset ds = dataset(declared, KYIV, List.of(event("a", "2022-01-12", Precision.DAY, BRUSSELS)));
        assertEquals(declared, ds.focus().orElseThrow());
        assertEquals(KYIV, ds.zone());
    }

    @Test
    void onlyCoarseEventsGiveTheirWholeSpan() {
        Dataset ds = dataset(null, null, List.of(event("a", "1990", Precision.DECADE, BRUSSELS),
                event("b", "2014", Precision.YEAR, BRUSSELS)));
        assertEquals(new DateRange(LocalDate.of(1990, 1, 1), LocalDate.of(2014, 12, 31)), ds.focus().orElseThrow());
    }

    @Test
    void aTieBetweenZonesGoesToTheFirstIdWhateverTheEventsOrder() {
        List<Event> events = List.of(event("k", "2022-01-10", Precision.DAY, KYIV),
                event("b", "2022-01-11", Precision.DAY, BRUSSELS));
        assertEquals(BRUSSELS, dataset(null, null, events).zone());
        assertEquals(BRUSSELS, dataset(null, null, List.of(events.get(1), events.get(0))).zone());
        assertEquals(ZoneOffset.UTC, dataset(null, null, List.of()).zone());
    }

    @Test
    void theSpanRunsFromTheFirstEventsFirstDayToTheLastEventsLastDay() {
        Dataset ds = dataset(null, null, List.of(event("b", "2014", Precision.YEAR, BRUSSELS),
                event("a", "1990-03-11", Precision.DAY, BRUSSELS), event("c", "2022-01-13", Precision.DAY, KYIV)));
        assertEquals(new DateRange(LocalDate.of(1990, 3, 11), LocalDate.of(2022, 1, 13)), ds.span().orElseThrow());
        assertTrue(dataset(null, null, List.of()).span().isEmpty());
    }

    @Test
    void aRangeCountsItsDaysInclusive() {
        assertEquals(5, new DateRange(LocalDate.of(2022, 1, 9), LocalDate.of(2022, 1, 13)).days());
    }
}
