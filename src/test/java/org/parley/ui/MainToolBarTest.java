package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.DateRange;

/** The fit buttons name the open dataset's own days and years, not the bundled week's. */
class MainToolBarTest {

    private static DateRange range(String a, String b) {
        return new DateRange(LocalDate.parse(a), LocalDate.parse(b));
    }

    @Test
    void daysAreWrittenAsShortAsTheyStayClear() {
        assertEquals("9–13 Jan 2022", range("2022-01-09", "2022-01-13").label());
        assertEquals("28 Jan – 3 Feb 2022", range("2022-01-28", "2022-02-03").label());
        assertEquals("30 Dec 2021 – 5 Jan 2022", range("2021-12-30", "2022-01-05").label());
        assertEquals("8 Nov 2013", range("2013-11-08", "2013-11-08").label());
    }

    @Test
    void yearsAreARangeOrOneYear() {
        assertEquals("1990–2022", MainToolBar.years(range("1990-03-01", "2022-01-13")));
        assertEquals("2013", MainToolBar.years(range("2013-01-01", "2013-12-31")));
    }
}
