package org.parley.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TickGeneratorTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private final TickGenerator ticks = new TickGenerator();

    private static TimeScale across(String from, String to, double width) {
        return TimeScale.fit(Instant.parse(from), Instant.parse(to), width, 0);
    }

    @Test
    void aWeekAcrossTheScreenTicksByDay() {
        TimeScale week = across("2022-01-09T00:00:00Z", "2022-01-16T00:00:00Z", 1600);
        Ticks t = ticks.ticks(week, ZoneOffset.UTC);
        assertEquals(TickUnit.DAY, t.majorUnit());
        assertEquals(List.of("Sun 9", "Mon 10", "Tue 11", "Wed 12", "Thu 13", "Fri 14", "Sat 15", "Sun 16"),
                t.major().stream().map(Tick::label).toList());
        assertEquals(ContextUnit.MONTH, t.contextUnit());
        assertEquals("January 2022", t.context().get(0).label());
        assertFalse(t.minor().isEmpty());
    }

    /**
     * The week of talks in the smallest window (900 px, about 700 of them for the lanes): a day is
     * some 130 px, room for "Wed 12" many times over. It was ticked by weeks, so the five days
     * were unlabelled under "3 Jan" and "10 Jan", the Sunday's dinner under "3 Jan".
     */
    @Test
    void theWeekInASmallWindowStillNamesItsDays() {
        TimeScale week = TimeScale.fit(Instant.parse("2022-01-09T00:00:00Z"), Instant.parse("2022-01-14T00:00:00Z"),
                700, 16);
        Ticks t = ticks.ticks(week, ZoneOffset.UTC, TickUnit.DAY);
        assertEquals(TickUnit.DAY, t.majorUnit());
        assertEquals(List.of("Sun 9", "Mon 10", "Tue 11", "Wed 12", "Thu 13"),
                t.major().stream().map(Tick::label).filter(l -> !l.equals("Fri 14")).toList());
    }

    @Test
    void thirtyYearsTickByYearsOrFiveYears() {
        TimeScale years = across("1990-01-01T00:00:00Z", "2020-01-01T00:00:00Z", 1600);
        Ticks t = ticks.ticks(years, ZoneOffset.UTC);
        assertTrue(Set.of(TickUnit.YEAR, TickUnit.YEARS_5).contains(t.majorUnit()), t.majorUnit().name());
        assertTrue(t.major().stream().map(Tick::label).toList().contains("2015"));
    }

    @Test
    void sixHoursTickByHour() {
        TimeScale hours = across("2022-01-10T09:00:00Z", "2022-01-10T15:00:00Z", 1600);
        Ticks t = ticks.ticks(hours, ZoneOffset.UTC);
        assertEquals(TickUnit.HOUR, t.majorUnit());
        assertEquals("09:00", t.major().get(0).label());
        assertEquals("14:00", t.major().get(5).label());
        assertEquals("Mon 10 January 2022", t.context().get(0).label());
    }

    /** Zoomed into one day of a timeline drawn by days, no day boundary is in view; the axis still names the day. */
    @Test
    void aViewInsideOneDayStillNamesTheDay() {
        TimeScale hours = across("2022-01-12T10:00:00Z", "2022-01-12T14:00:00Z", 1600);
        Ticks t = ticks.ticks(hours, ZoneOffset.UTC, TickUnit.DAY);
        assertEquals(TickUnit.DAY, t.majorUnit());
        assertEquals(List.of("Wed 12"), t.majorLabels().stream().map(Tick::label).toList());
        assertTrue(t.major().isEmpty(), "no day boundary in view: " + t.major());
        assertTrue(t.opening().x() < 0, "its tick opens the day, left of the view");
        assertTrue(t.minor().isEmpty(), "no clock hours the sources never give");
    }

    /**
     * A day scrolled partly out of view keeps its name at the left edge: the axis had dropped "Sun 9"
     * while 300 px of Sunday were on screen, because only the ticks in view were labelled.
     */
    @Test
    void aDayPartlyScrolledOutIsStillNamed() {
        TimeScale week = across("2022-01-09T03:00:00Z", "2022-01-13T23:00:00Z", 1600);
        Ticks t = ticks.ticks(week, ZoneOffset.UTC, TickUnit.DAY);
        assertEquals(TickUnit.DAY, t.majorUnit());
        assertEquals("Sun 9", t.opening().label());
        assertTrue(t.opening().x() < 0);
        assertEquals(List.of("Sun 9", "Mon 10", "Tue 11", "Wed 12", "Thu 13"),
                t.majorLabels().stream().map(Tick::label).toList());
        // With a tick at the very edge there is nothing to pin.
        assertNull(ticks.ticks(across("2022-01-09T00:00:00Z", "2022-01-14T00:00:00Z", 1600), ZoneOffset.UTC,
                TickUnit.DAY).opening());
    }

    @Test
    void ticksGetCoarserAsTheViewZoomsOut() {
        TimeScale s = across("2022-01-10T09:00:00Z", "2022-01-10T10:00:00Z", 1600);
        TickUnit previous = ticks.majorUnit(s);
        for (int i = 0; i < 60; i++) {
            s = s.zoomAbout(800, 0.7);
            TickUnit unit = ticks.majorUnit(s);
            assertTrue(unit.ordinal() >= previous.ordinal());
            previous = unit;
        }
        assertEquals(TickUnit.CENTURY, previous);
    }

    @Test
    void majorTicksAreInViewAscendingAndFarEnoughApart() {
        TimeScale s = across("2022-01-10T09:00:00Z", "2022-01-10T09:30:00Z", 1600);
        for (int i = 0; i < 50; i++) {
            Ticks t = ticks.ticks(s, BRUSSELS);
            if (t.majorUnit().approxMillis() / s.millisPerPixel() < TickGenerator.DEFAULT_MIN_MAJOR_SPACING) {
                break;   // zoomed out past the coarsest unit: the ladder has nothing wider to offer
            }
            double last = Double.NEGATIVE_INFINITY;
            for (Tick tick : t.major()) {
                assertTrue(tick.x() >= 0 && tick.x() <= s.width());
                // Months and years vary in length; allow the shortest month against the average.
                assertTrue(tick.x() - last >= TickGenerator.DEFAULT_MIN_MAJOR_SPACING * 0.9,
                        t.majorUnit() + " at " + tick.time());
                assertFalse(tick.label().isEmpty());
                last = tick.x();
            }
            for (Tick tick : t.minor()) {
                assertTrue(t.major().stream().noneMatch(m -> m.time().equals(tick.time())));
            }
            s = s.zoomAbout(0, 0.6);
        }
    }

    @Test
    void dayTicksLandOnLocalMidnightAcrossDaylightSavingChanges() {
        // Brussels springs forward on 27 March 2022 and falls back on 30 October 2022.
        for (String day : new String[] {"2022-03-24", "2022-10-27"}) {
            ZonedDateTime from = LocalDate.parse(day).atStartOfDay(BRUSSELS).plusHours(5);
            TimeScale s = TimeScale.fit(from.toInstant(), from.plusDays(6).toInstant(), 1600, 0);
            Ticks t = ticks.ticks(s, BRUSSELS);
            assertEquals(TickUnit.DAY, t.majorUnit());
            LocalDate expected = from.toLocalDate().plusDays(1);
            for (Tick tick : t.major()) {
                ZonedDateTime local = tick.time().atZone(BRUSSELS);
                assertEquals(LocalTime.MIDNIGHT, local.toLocalTime());
                assertEquals(expected, local.toLocalDate());
                expected = expected.plusDays(1);
            }
        }
    }

    @Test
    void hourTicksAcrossTheSpringChangeSkipTheMissingHourWithoutDuplicates() {
        ZonedDateTime from = LocalDateTime.parse("2022-03-27T00:30").atZone(BRUSSELS);
        TimeScale s = TimeScale.fit(from.toInstant(), from.plusHours(5).toInstant(), 800, 0);
        Ticks t = ticks.ticks(s, BRUSSELS);
        assertEquals(TickUnit.HOUR, t.majorUnit());
        assertEquals(List.of("01:00", "03:00", "04:00", "05:00", "06:00"),
                t.major().stream().map(Tick::label).toList());
    }

    @Test
    void switchingToUtcMovesTheDayBoundaries() {
        TimeScale week = across("2022-01-09T00:00:00Z", "2022-01-16T00:00:00Z", 1600);
        Tick local = ticks.ticks(week, BRUSSELS).major().get(0);
        Tick utc = ticks.ticks(week, ZoneOffset.UTC).major().get(0);
        assertNotEquals(local.time(), utc.time());
        assertEquals(Instant.parse("2022-01-09T23:00:00Z"), local.time());
        assertEquals(Instant.parse("2022-01-09T00:00:00Z"), utc.time());
    }

    @Test
    void contextStartsWithThePeriodAlreadyUnderWay() {
        TimeScale s = across("2022-01-12T09:00:00Z", "2022-01-12T15:00:00Z", 1600);
        Tick first = ticks.ticks(s, ZoneOffset.UTC).context().get(0);
        assertTrue(first.x() < 0);
        assertEquals("Wed 12 January 2022", first.label());
    }

    @Test
    void dayOnlyDataIsNeverDrawnAgainstClockHours() {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        // One day across 1,600 px would otherwise tick every hour.
        TimeScale oneDay = TimeScale.fit(Instant.parse("2022-01-11T23:00:00Z"), Instant.parse("2022-01-12T23:00:00Z"),
                1600, 0);
        assertTrue(new TickGenerator().ticks(oneDay, brussels).major().stream()
                .anyMatch(t -> t.label().contains(":")), "clock ticks without the floor");
        Ticks days = new TickGenerator().ticks(oneDay, brussels, TickUnit.DAY);
        assertEquals(TickUnit.DAY, days.majorUnit());
        assertTrue(days.major().stream().noneMatch(t -> t.label().contains(":")), days.major().toString());
        assertTrue(days.minor().isEmpty(), "no hour lines under day columns: " + days.minor());
        // Zoomed out, the floor changes nothing.
        TimeScale year = TimeScale.fit(Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2022-01-01T00:00:00Z"),
                1600, 0);
        assertEquals(new TickGenerator().ticks(year, brussels).major(),
                new TickGenerator().ticks(year, brussels, TickUnit.DAY).major());
    }
}
