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
}
