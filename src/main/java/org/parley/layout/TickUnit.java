package org.parley.layout;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The ladder of calendar steps a time axis can tick at, finest first. Boundaries are computed on
 * the local calendar of a zone, so a day tick is local midnight whatever the offset that day.
 */
public enum TickUnit {
    MINUTE(Step.MINUTES, 1, "HH:mm"),
    MINUTES_5(Step.MINUTES, 5, "HH:mm"),
    MINUTES_15(Step.MINUTES, 15, "HH:mm"),
    MINUTES_30(Step.MINUTES, 30, "HH:mm"),
    HOUR(Step.HOURS, 1, "HH:mm"),
    HOURS_3(Step.HOURS, 3, "HH:mm"),
    HOURS_6(Step.HOURS, 6, "HH:mm"),
    HOURS_12(Step.HOURS, 12, "HH:mm"),
    DAY(Step.DAYS, 1, "EEE d"),
    WEEK(Step.WEEKS, 1, "d MMM"),
    MONTH(Step.MONTHS, 1, "MMM u"),
    QUARTER(Step.MONTHS, 3, "MMM u"),
    YEAR(Step.YEARS, 1, "u"),
    YEARS_5(Step.YEARS, 5, "u"),
    DECADE(Step.YEARS, 10, "u"),
    YEARS_50(Step.YEARS, 50, "u"),
    CENTURY(Step.YEARS, 100, "u");

    private enum Step { MINUTES, HOURS, DAYS, WEEKS, MONTHS, YEARS }

    private static final double DAY_MILLIS = 86_400_000d;

    private final Step step;
    private final int count;
    private final DateTimeFormatter format;

    TickUnit(Step step, int count, String pattern) {
        this.step = step;
        this.count = count;
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }

    /** Typical length, good enough to choose a unit by spacing; months and years vary. */
    public double approxMillis() {
        return count * switch (step) {
            case MINUTES -> 60_000d;
            case HOURS -> 3_600_000d;
            case DAYS -> DAY_MILLIS;
            case WEEKS -> 7 * DAY_MILLIS;
            case MONTHS -> 30.436875 * DAY_MILLIS;
            case YEARS -> 365.2425 * DAY_MILLIS;
        };
    }

    /** The finer unit drawn between major ticks of this one, or null at the bottom of the ladder. */
    public TickUnit minor() {
        return switch (this) {
            case MINUTE -> null;
            case MINUTES_5, MINUTES_15 -> MINUTE;
            case MINUTES_30 -> MINUTES_5;
            case HOUR -> MINUTES_15;
            case HOURS_3, HOURS_6 -> HOUR;
            case HOURS_12 -> HOURS_3;
            case DAY -> HOURS_6;
            case WEEK -> DAY;
            case MONTH -> DAY;
            case QUARTER -> MONTH;
            case YEAR -> MONTH;
            case YEARS_5, DECADE -> YEAR;
            case YEARS_50, CENTURY -> DECADE;
        };
    }

    /**
     * The coarser period named above the ticks, so "Wed 12" can be read as January 2022; null
     * when the tick label already says the year.
     */
    public ContextUnit context() {
        return switch (step) {
            case MINUTES, HOURS -> ContextUnit.DAY;
            case DAYS -> ContextUnit.MONTH;
            case WEEKS -> ContextUnit.YEAR;
            case MONTHS, YEARS -> null;
        };
    }

    public String label(ZonedDateTime t) {
        return format.format(t);
    }

    /** The last boundary of this unit at or before {@code t}, in {@code zone}'s local calendar. */
    ZonedDateTime floor(ZonedDateTime t) {
        LocalDateTime local = t.toLocalDateTime();
        LocalDate date = local.toLocalDate();
        ZoneId zone = t.getZone();
        ZonedDateTime floor = switch (step) {
            case MINUTES -> at(local.truncatedTo(ChronoUnit.MINUTES)
                    .withMinute(local.getMinute() - local.getMinute() % count), zone);
            case HOURS -> at(local.truncatedTo(ChronoUnit.HOURS)
                    .withHour(local.getHour() - local.getHour() % count), zone);
            case DAYS -> date.atStartOfDay(zone);
            case WEEKS -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone);
            case MONTHS -> date.withDayOfMonth(1).withMonth(date.getMonthValue() - (date.getMonthValue() - 1) % count)
                    .atStartOfDay(zone);
            case YEARS -> LocalDate.of(date.getYear() - Math.floorMod(date.getYear(), count), 1, 1).atStartOfDay(zone);
        };
        // A local boundary that falls in a DST gap is moved forward by the zone rules; never past t.
        return floor.isAfter(t) ? floor.minusHours(1) : floor;
    }

    /** The boundary after {@code t}, stepping on the local calendar so days stay midnight to midnight. */
    ZonedDateTime next(ZonedDateTime t) {
        LocalDateTime local = t.toLocalDateTime();
        ZoneId zone = t.getZone();
        return switch (step) {
            case MINUTES -> at(local.plusMinutes(count), zone);
            case HOURS -> at(local.plusHours(count), zone);
            case DAYS -> local.toLocalDate().plusDays(count).atStartOfDay(zone);
            case WEEKS -> local.toLocalDate().plusWeeks(count).atStartOfDay(zone);
            case MONTHS -> local.toLocalDate().plusMonths(count).atStartOfDay(zone);
            case YEARS -> local.toLocalDate().plusYears(count).atStartOfDay(zone);
        };
    }

    private static ZonedDateTime at(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null);
    }
}
