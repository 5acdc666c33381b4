package org.parley.ui.export;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.parley.model.DateRange;

/**
 * The timeline's window in words, for the image export's range list: its days ("10–12 Jan 2022"),
 * or, under a day, the day and its hours ("12 Jan 2022, 09:00–15:30"), in the dataset's zone.
 */
final class CurrentViewText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM u", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM u, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private CurrentViewText() {
    }

    static String of(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        // The window's end is the first moment not shown: a window to midnight ends on the day before.
        ZonedDateTime to = end.minusNanos(1).atZone(zone);
        if (Duration.between(start, end).compareTo(Duration.ofDays(1)) >= 0) {
            return new DateRange(from.toLocalDate(), to.toLocalDate()).label();
        }
        ZonedDateTime shownTo = end.atZone(zone);
        return from.toLocalDate().equals(to.toLocalDate())
                ? DAY.format(from) + ", " + TIME.format(from) + "–" + TIME.format(shownTo)
                : DAY_AND_TIME.format(from) + " – " + DAY_AND_TIME.format(shownTo);
    }
}
