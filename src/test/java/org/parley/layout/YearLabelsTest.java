package org.parley.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.parley.model.Precision;
import org.parley.model.TimeSpan;

/**
 * A year is written one way on the axis, in the context band and in an event's own label: the axis
 * had padded early years to four digits ("0050", "0000") where the event and the dashboard said "50" and "0".
 */
class YearLabelsTest {

    @Test
    void earlyYearsAreNotPaddedAndRecentOnesAreAsBefore() {
        for (int year : new int[] {0, 50, 476, 2022}) {
            ZonedDateTime start = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            String own = TimeSpan.parse(String.format("%04d", year), String.format("%04d", year), Precision.YEAR,
                    ZoneOffset.UTC).label();
            assertEquals(Integer.toString(year), own);
            for (TickUnit unit : new TickUnit[] {TickUnit.YEAR, TickUnit.DECADE, TickUnit.CENTURY}) {
                assertEquals(own, unit.label(start), unit.name());
            }
            assertEquals(own, ContextUnit.YEAR.label(start));
            assertEquals("Jan " + own, TickUnit.MONTH.label(start));
        }
    }
}
