package org.parley.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * Calendar days from {@code first} to {@code last}, both included: how a person names a period
 * ("9–13 January 2022"), as opposed to the instants a drawing needs, which depend on a zone.
 */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the period ends (" + last + ") before it starts (" + first + ")");
        }
    }

    /** The first and last days Parley reads and draws: a dataset's dates are four-digit years, 0000 too. */
    public static final LocalDate EARLIEST = LocalDate.of(0, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /** Whether {@code day} lies within {@link #EARLIEST} and {@link #LATEST}: far-off years overflow the time scale. */
    public static boolean readable(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM u", Locale.ENGLISH);

    /** "9–13 Jan 2022", "28 Jan – 3 Feb 2022", "30 Dec 2021 – 5 Jan 2022", "8 Nov 2013". */
    public String label() {
        if (first.equals(last)) {
            return DAY_MONTH_YEAR.format(first);
        }
        if (first.getYear() != last.getYear()) {
            return DAY_MONTH_YEAR.format(first) + " – " + DAY_MONTH_YEAR.format(last);
        }
        return first.getMonth() == last.getMonth() ? first.getDayOfMonth() + "–" + DAY_MONTH_YEAR.format(last)
                : DAY_MONTH.format(first) + " – " + DAY_MONTH_YEAR.format(last);
    }

    /**
     * "9–13 Jan", "28 Jan – 3 Feb", "12 Jan": the days without their year, as a strip over that year
     * names them; with it on both ends when the days run into another year.
     */
    public String shortLabel() {
        if (first.equals(last)) {
            return DAY_MONTH.format(first);
        }
        if (first.getYear() != last.getYear()) {
            return DAY_MONTH_YEAR.format(first) + " – " + DAY_MONTH_YEAR.format(last);
        }
        return first.getMonth() == last.getMonth() ? first.getDayOfMonth() + "–" + DAY_MONTH.format(last)
                : DAY_MONTH.format(first) + " – " + DAY_MONTH.format(last);
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** Whether the days {@code from} to {@code to} (both inclusive) share a day with this range. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !to.isBefore(first) && !from.isAfter(last);
    }

    /** The first moment of {@code first} in {@code zone}. */
    public Instant startIn(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first moment after {@code last} in {@code zone} (exclusive end). */
    public Instant endIn(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + "/" + last;
    }
}
