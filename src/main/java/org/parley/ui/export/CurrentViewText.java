package org.parley.ui.export;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.parley.model.DateRange;

/**
 * The timeline's window in words, for the image export's range list: the days it shows ("10–12 Jan 2022"; not a
 * day it only grazes at an edge),
 * or, under a day, the day and its hours ("12 Jan 2022, 09:00–15:30"), in the dataset's zone.
 */
final class CurrentViewText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM u", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM u, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private CurrentViewText() {
    }

    /**
     * The least share of a window a day at either end must fill to be named: a view of the talks panned to
     * 00:20 on the 13th showed a sliver of that day, a few pixels with nothing in them, and was named "10–13 Jan".
     * Half a day shown is always named: in a view of years every day is a sliver.
     */
    private static final double GRAZED = 0.02;
    private static final Duration NAMED_ANYWAY = Duration.ofHours(12);

    static String of(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        // The window's end is the first moment not shown: a window to midnight ends on the day before.
        ZonedDateTime to = end.minusNanos(1).atZone(zone);
        Duration window = Duration.between(start, end);
        if (window.compareTo(Duration.ofDays(1)) >= 0) {
            Duration share = Duration.ofMillis((long) (window.toMillis() * GRAZED));
            Duration least = share.compareTo(NAMED_ANYWAY) < 0 ? share : NAMED_ANYWAY;
            ZonedDateTime firstMidnight = from.toLocalDate().plusDays(1).atStartOfDay(zone);
            ZonedDateTime lastMidnight = to.toLocalDate().atStartOfDay(zone);
            boolean firstGrazed = Duration.between(from, firstMidnight).compareTo(least) < 0;
            boolean lastGrazed = Duration.between(lastMidnight, end.atZone(zone)).compareTo(least) < 0;
            LocalDate first = firstGrazed ? from.toLocalDate().plusDays(1) : from.toLocalDate();
            LocalDate last = lastGrazed ? to.toLocalDate().minusDays(1) : to.toLocalDate();
            return (last.isBefore(first) ? new DateRange(from.toLocalDate(), to.toLocalDate())
                    : new DateRange(first, last)).label();
        }
        ZonedDateTime shownTo = end.atZone(zone);
        return from.toLocalDate().equals(to.toLocalDate())
                ? DAY.format(from) + ", " + TIME.format(from) + "–" + TIME.format(shownTo)
                : DAY_AND_TIME.format(from) + " – " + DAY_AND_TIME.format(shownTo);
    }
}
