package org.parley.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeSpanTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void dayFillsItsWholeDayAndNoMore() {
        TimeSpan day = TimeSpan.parse("2022-01-12", null, Precision.DAY, BRUSSELS);
        assertEquals(LocalDateTime.of(2022, 1, 12, 0, 0), day.start());
        assertEquals(LocalDateTime.of(2022, 1, 13, 0, 0), day.end());
        assertTrue(day.withinOneDay());
        assertEquals("Wed 12 Jan 2022", day.label());
    }

    @Test
    void seasonLastsThreeMonthsUnlessToldOtherwise() {
        TimeSpan fall = TimeSpan.parse("2021-09", "", Precision.SEASON, BRUSSELS);
        assertEquals(LocalDateTime.of(2021, 12, 1, 0, 0), fall.end());
        assertEquals("fall 2021", fall.label());
    }

    @Test
    void decadeCoversTenYears() {
        TimeSpan nineties = TimeSpan.parse("1990", null, Precision.DECADE, BRUSSELS);
        assertEquals(2000, nineties.end().getYear());
        assertEquals("1990s", nineties.label());
    }

    @ParameterizedTest
    @CsvSource({
            "DECADE, 1990, ''", "YEAR, 2014, ''", "YEAR, 1990, 1999", "SEASON, 2021-09, ''", "SEASON, 2021-09, 2021-12",
            "MONTH, 2021-12, ''", "MONTH, 2021-11, 2022-01", "DAY, 2022-01-09, 2022-01-10",
            "HOUR, 2022-01-12T14, ''", "MINUTE, 2022-01-12T14:30, 2022-01-12T15:05"})
    void textRoundTripsAtEveryPrecision(Precision precision, String start, String end) {
        TimeSpan span = TimeSpan.parse(start, end, precision, BRUSSELS);
        assertEquals(start, span.startText());
        assertEquals(end, span.endText());
        assertEquals(span, TimeSpan.parse(span.startText(), span.endText(), precision, BRUSSELS));
    }

    @ParameterizedTest
    @CsvSource({"DAY, 2022-13-01", "DAY, 12 Jan 2022", "MONTH, 2022-01-12", "YEAR, 22", "DECADE, 1995",
            "HOUR, 2022-01-12", "SEASON, fall"})
    void refusesTextThatDoesNotFitThePrecision(Precision precision, String start) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimeSpan.parse(start, null, precision, BRUSSELS));
        assertTrue(e.getMessage().contains(start), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DAY | 2022-13-45 | \"2022-13-45\" is written as YYYY-MM-DD, but there is no month 13",
        "DAY | 2023-02-29 | \"2023-02-29\" is written as YYYY-MM-DD, but February 2023 has no day 29",
        "DAY | 2022-04-00 | \"2022-04-00\" is written as YYYY-MM-DD, but April 2022 has no day 0",
        "MONTH | 2022-00 | \"2022-00\" is written as YYYY-MM, but there is no month 0",
        "HOUR | 2022-01-12T25 | \"2022-01-12T25\" is written as YYYY-MM-DDTHH, but there is no hour 25 (00–23)",
        "HOUR | 2022-01-12T24 | \"2022-01-12T24\" is written as YYYY-MM-DDTHH, but there is no hour 24 (00–23)",
        "MINUTE | 2022-01-12T24:00 | \"2022-01-12T24:00\" is written as YYYY-MM-DDTHH:MM, but there is no hour 24 (00–23)",
        "MINUTE | 2022-01-12T10:60 | \"2022-01-12T10:60\" is written as YYYY-MM-DDTHH:MM, but there is no minute 60 (00–59)",
        "DAY | 12 Jan 2022 | \"12 Jan 2022\" is not a day date (expected YYYY-MM-DD)",
        "DAY | +10000-01-10 | \"+10000-01-10\" is not a day date (expected YYYY-MM-DD)",
        "DAY | 2022-1-5 | \"2022-1-5\" is not a day date (expected YYYY-MM-DD)",
        "MONTH | +2022-01 | \"+2022-01\" is not a month date (expected YYYY-MM)",
        // Times in another zone's words: the offset or the seconds had gone unnamed, as if the shape were a guess.
        "MINUTE | 2022-01-10T09:00+01:00 | \"2022-01-10T09:00+01:00\" is not a minute date (expected YYYY-MM-DDTHH:MM): "
                + "a time is written without an offset (here \"+01:00\"), as the clock read where it happened; the "
                + "\"zone\" of the event says where that is",
        "HOUR | 2022-01-10T08Z | \"2022-01-10T08Z\" is not an hour date (expected YYYY-MM-DDTHH): a time is written "
                + "without an offset (here \"Z\"), as the clock read where it happened; the \"zone\" of the event says "
                + "where that is",
        "MINUTE | 2022-01-10T09:00:30 | \"2022-01-10T09:00:30\" is not a minute date (expected YYYY-MM-DDTHH:MM): "
                + "times go to the minute at most; leave out the seconds",
        "DAY | 2022-01-10T09:00 | \"2022-01-10T09:00\" is not a day date (expected YYYY-MM-DD): a time of day needs "
                + "the precision \"hour\" or \"minute\""})
    void aDateInTheRightShapeThatIsNoRealDaySaysWhichPartIsWrong(Precision precision, String start, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimeSpan.parse(start, null, precision, BRUSSELS));
        assertEquals(message, e.getMessage());
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimeSpan.parse("2022-01-13", "2022-01-12", Precision.DAY, BRUSSELS));
        assertTrue(e.getMessage().contains("before"), e.getMessage());
    }

    @Test
    void instantsFollowTheZone() {
        TimeSpan geneva = TimeSpan.parse("2022-01-10", null, Precision.DAY, ZoneId.of("Europe/Zurich"));
        assertEquals("2022-01-09T23:00:00Z", geneva.startInstant().toString());
    }

    /** In a list under the focus period's year: the whole run of days, and no day for a month. */
    @Test
    void aShortLabelGivesTheWholeSpanWithoutTheYearAndNoDayBeyondThePrecision() {
        assertEquals("9 Jan", TimeSpan.parse("2022-01-09", null, Precision.DAY, BRUSSELS).shortLabel());
        assertEquals("9–11 Jan", TimeSpan.parse("2022-01-09", "2022-01-11", Precision.DAY, BRUSSELS).shortLabel());
        assertEquals("28 Jan – 2 Feb", TimeSpan.parse("2022-01-28", "2022-02-02", Precision.DAY, BRUSSELS).shortLabel());
        assertEquals("12 Jan, 10:30", TimeSpan.parse("2022-01-12T10:30", null, Precision.MINUTE, BRUSSELS).shortLabel());
        assertEquals("Jan 2022", TimeSpan.parse("2022-01", "", Precision.MONTH, BRUSSELS).shortLabel());
    }

    @Test
    void aCompactLabelNamesTheMonthAndYearOnceAndLeavesTheZoneOut() {
        assertEquals("9–11 Jan 2022", TimeSpan.parse("2022-01-09", "2022-01-11", Precision.DAY, BRUSSELS).compactLabel());
        assertEquals("30 Dec 2021 – 2 Jan 2022", TimeSpan.parse("2021-12-30", "2022-01-02", Precision.DAY, BRUSSELS).compactLabel());
        assertEquals("28 Jan – 2 Feb 2022", TimeSpan.parse("2022-01-28", "2022-02-02", Precision.DAY, BRUSSELS).compactLabel());
        assertEquals("Wed 12 Jan 2022", TimeSpan.parse("2022-01-12", null, Precision.DAY, BRUSSELS).compactLabel());
        TimeSpan hour = TimeSpan.parse("2022-01-12T10:30", null, Precision.MINUTE, BRUSSELS);
        assertEquals("Wed 12 Jan 2022, 10:30", hour.compactLabel());
        assertEquals("Wed 12 Jan 2022, 10:30 Europe/Brussels", hour.label());
        assertEquals("fall 2021", TimeSpan.parse("2021-09", "", Precision.SEASON, BRUSSELS).compactLabel());
    }

    @Test
    void theLastDateIsTheDayOfTheEndLessAMoment() {
        ZoneId zone = ZoneId.of("Europe/Brussels");
        TimeSpan[] spans = {TimeSpan.parse("2022-01-12", null, Precision.DAY, zone),
            TimeSpan.parse("2022-01-09", "2022-01-10", Precision.DAY, zone),
            TimeSpan.parse("2022-01-12T15:00", "2022-01-12T16:30", Precision.MINUTE, zone),
            TimeSpan.parse("2022-01-12T23:00", "2022-01-13T00:00", Precision.MINUTE, zone),
            TimeSpan.parse("2022-01-12T00:00", "2022-01-12T00:00", Precision.MINUTE, zone),
            TimeSpan.parse("2022-01", null, Precision.MONTH, zone),
            TimeSpan.parse("2021-09", "", Precision.SEASON, zone),
            TimeSpan.parse("2021", null, Precision.YEAR, zone),
            TimeSpan.parse("1990", null, Precision.DECADE, zone)};
        for (TimeSpan t : spans) {
            assertEquals(t.end().minusNanos(1).toLocalDate(), t.lastDate(), t.toString());
        }
        assertEquals(LocalDate.of(2022, 1, 12), spans[0].lastDate(), "a day ends on itself");
        assertEquals(LocalDate.of(1999, 12, 31), spans[8].lastDate());
    }
}
