package org.parley.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.layout.TestEvents.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.Precision;
import org.parley.model.Track;
import org.parley.seed.BundledSeeds;

class ContextBandTest {

    /** As for the bundled week: background from 1990, the talks in January 2022. */
    private final ContextBand band = new ContextBand(1000, ZoneOffset.UTC,
            new DateRange(LocalDate.of(1990, 3, 11), LocalDate.of(2022, 1, 14)),
            new DateRange(LocalDate.of(2022, 1, 9), LocalDate.of(2022, 1, 14)));

    @Test
    void spansTheWholeYearsOfTheDataset() {
        assertEquals(0, band.scale().xOf(Instant.parse("1990-01-01T00:00:00Z")), 1e-9);
        assertEquals(1000, band.scale().xOf(Instant.parse("2023-01-01T00:00:00Z")), 1e-6);
        assertEquals(1990, band.firstYear());
        assertEquals(2022, band.lastYear());
    }

    @Test
    void aDatasetsBandComesFromItsEventsAndFocus() {
        Dataset week = BundledSeeds.dataset();
        ContextBand of = ContextBand.of(week, 1000, ZoneOffset.UTC);
        assertEquals(week.events().stream().mapToInt(e -> e.time().startDate().getYear()).min().orElseThrow(),
                of.firstYear());
        assertEquals(2022, of.lastYear());
        assertEquals(week.focus().orElseThrow().startIn(ZoneOffset.UTC), of.focus().orElseThrow().start());

        ContextBand empty = ContextBand.of(null, 1000, ZoneOffset.UTC);
        assertEquals(empty.firstYear(), empty.lastYear());
        assertTrue(empty.focusRange().isEmpty());
    }

    @Test
    void marksTheFocus() {
        XRange week = band.focusRange().orElseThrow();
        assertEquals(band.scale().xOf(Instant.parse("2022-01-09T00:00:00Z")), week.x0(), 1e-9);
        assertEquals(band.scale().xOf(Instant.parse("2022-01-15T00:00:00Z")), week.x1(), 1e-9);
        assertTrue(week.x0() > 960 && week.width() > 0);
    }

    @Test
    void theMainWindowMapsToARectangleAndBack() {
        TimeScale main = TimeScale.fit(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2010-01-01T00:00:00Z"),
                1600, 0);
        XRange window = band.window(main, 4);
        assertEquals(band.scale().xOf(main.start()), window.x0(), 1e-6);
        assertEquals(band.scale().xOf(main.end()), window.x1(), 1e-6);

        TimeScale moved = band.moveWindowTo(main, window.x0() + 50);
        assertEquals(main.millisPerPixel(), moved.millisPerPixel());
        assertEquals(window.x0() + 50, band.window(moved, 4).x0(), 1e-6);

        TimeScale centred = band.centreWindowOn(main, 500);
        XRange c = band.window(centred, 4);
        assertEquals(500, (c.x0() + c.x1()) / 2, 1e-6);
    }

    @Test
    void aNarrowWindowIsWidenedAndClipped() {
        TimeScale week = TimeScale.fit(Instant.parse("2022-01-09T00:00:00Z"), Instant.parse("2022-01-15T00:00:00Z"),
                1600, 0);
        XRange w = band.window(week, 10);
        assertEquals(10, w.width(), 1e-9);
        assertTrue(w.x1() <= 1000 && w.x0() >= 0);
        TimeScale late = TimeScale.fit(Instant.parse("2022-12-30T00:00:00Z"), Instant.parse("2023-06-01T00:00:00Z"),
                1600, 0);
        assertEquals(1000, band.window(late, 10).x1(), 1e-9);
    }

    @Test
    void backgroundEventsBecomeMarks() {
        List<BandMark> marks = band.marks(List.of(
                event("crimea", "2014-03", null, Precision.MONTH, Track.BACKGROUND, 0, ZoneOffset.UTC, "", List.of()),
                event("talks", "2022-01-10", Precision.DAY, Track.GENEVA_TALKS, 1),
                event("nineties", "1990", null, Precision.DECADE, Track.BACKGROUND, 0, ZoneOffset.UTC, "", List.of())));
        assertEquals(List.of("nineties", "crimea"), marks.stream().map(BandMark::eventId).toList());
        assertEquals(0, marks.get(0).x0(), 1e-9);
        assertTrue(marks.get(1).soft());
        assertEquals(band.scale().xOf(Instant.parse("2014-03-01T00:00:00Z")), marks.get(1).x0(), 1e-9);
    }

    @Test
    void marksThatWouldPaintTheSamePixelsAreKeptOnce() {
        // A year of daily background events: about 12 days share each of the band's pixel columns.
        List<Event> daily = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2014, 1, 1); d.getYear() == 2014; d = d.plusDays(1)) {
            daily.add(event("d" + d, d.toString(), Precision.DAY, Track.BACKGROUND, 0));
        }
        List<BandMark> marks = band.marks(daily);
        Set<Long> columns = new TreeSet<>();
        for (Event e : daily) {
            DrawnSpan span = DrawnSpan.of(e, ZoneOffset.UTC);
            columns.add(Math.round((band.scale().xOfMillis(span.start()) + band.scale().xOfMillis(span.end())) / 2));
        }
        assertTrue(marks.size() < daily.size() / 5, marks.size() + " marks for " + daily.size() + " days");
        assertEquals(columns, marks.stream().map(m -> Math.round(m.centre()))
                .collect(Collectors.toCollection(TreeSet::new)),
                "every column a day was drawn in keeps a tick");
        for (int i = 1; i < marks.size(); i++) {
            assertTrue(marks.get(i - 1).x0() <= marks.get(i).x0(), "drawn from left to right");
        }
        // The tick on top of a column is the last day drawn there.
        BandMark last = marks.get(marks.size() - 1);
        assertEquals("d2014-12-31", last.eventId());
    }
}
