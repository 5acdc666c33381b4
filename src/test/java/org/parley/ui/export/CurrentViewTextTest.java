package org.parley.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The export's "Current view" says which days, or hours, it will draw, as "Focus period" does. */
class CurrentViewTextTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void aWindowOfDaysIsItsDaysAndOneOfHoursItsHours() {
        assertEquals("9–13 Jan 2022", CurrentViewText.of(Instant.parse("2022-01-08T23:00:00Z"),
                Instant.parse("2022-01-13T23:00:00Z"), BRUSSELS));
        assertEquals("10–12 Jan 2022", CurrentViewText.of(Instant.parse("2022-01-10T05:00:00Z"),
                Instant.parse("2022-01-12T17:30:00Z"), BRUSSELS));
        assertEquals("12 Jan 2022, 09:00–15:30", CurrentViewText.of(Instant.parse("2022-01-12T08:00:00Z"),
                Instant.parse("2022-01-12T14:30:00Z"), BRUSSELS));
        assertEquals("12 Jan 2022, 20:00 – 13 Jan 2022, 08:00", CurrentViewText.of(Instant.parse("2022-01-12T19:00:00Z"),
                Instant.parse("2022-01-13T07:00:00Z"), BRUSSELS));
        assertEquals("1 Jan 1990 – 30 Dec 2022", CurrentViewText.of(Instant.parse("1990-01-01T00:00:00Z"),
                Instant.parse("2022-12-31T00:00:00Z"), ZoneId.of("UTC")));
    }

    /**
     * A view of the talks that ends a few minutes past midnight shows a sliver of the next day, with nothing in
     * it: "Current view (10–13 Jan 2022)" had named the 13th, which the image does not show. A day the view only
     * grazes at either end is not named; one it shows a real part of still is.
     */
    @Test
    void aDayTheViewOnlyGrazesIsNotNamed() {
        // 10 Jan 00:00 to 13 Jan 00:20, Brussels time.
        assertEquals("10–12 Jan 2022", CurrentViewText.of(Instant.parse("2022-01-09T23:00:00Z"),
                Instant.parse("2022-01-12T23:20:00Z"), BRUSSELS));
        // 9 Jan 23:40 to 12 Jan 24:00.
        assertEquals("10–12 Jan 2022", CurrentViewText.of(Instant.parse("2022-01-09T22:40:00Z"),
                Instant.parse("2022-01-12T23:00:00Z"), BRUSSELS));
        // Six hours of the 13th are a quarter of its day, and shown.
        assertEquals("10–13 Jan 2022", CurrentViewText.of(Instant.parse("2022-01-09T23:00:00Z"),
                Instant.parse("2022-01-13T05:00:00Z"), BRUSSELS));
    }
}
