package org.parley.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.TimeSpan;
import org.parley.seed.BundledSeeds;

/** The stops of the week's route and the days each is labelled with. */
class WeekRouteTest {

    @Test
    void theWeeksStopsAreGenevaBrusselsVienna() {
        List<String> labels = WeekRoute.of(BundledSeeds.dataset()).stream().map(RouteStop::label).toList();
        assertEquals(List.of("1 Geneva 9–10 Jan", "2 Brussels 12 Jan", "3 Vienna 13 Jan"), labels);
    }

    /** Meetings a year apart at one venue had been labelled "Geneva 10–9 Jan", a week's days backwards. */
    @Test
    void aStopWhoseMeetingsAreYearsApartNamesTheYears() {
        Dataset week = BundledSeeds.dataset();
        List<Event> events = week.events().stream().map(e -> !e.id().equals("geneva-talks") ? e
                : new Event(e.id(), e.title(), e.summary(), new TimeSpan(e.time().start().minusYears(1),
                        e.time().end().minusYears(1), e.time().precision(), e.time().zone()), e.order(), e.place(),
                        e.refers(), e.kind(), e.cameo(), e.track(), e.actors(), e.evidence(), e.inferred(), e.note(),
                        e.modality())).toList();
        Dataset moved = new Dataset(week.title(), week.description(), week.declaredFocus().orElse(null),
                week.declaredZone().orElse(null), week.sources(), week.actors(), week.places(), events, week.quotes(),
                week.divergences(), week.positions());
        assertEquals("1 Geneva 10 Jan 2021 – 9 Jan 2022", WeekRoute.of(moved).get(0).label());
    }
}
