package org.parley.layout;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The period named in the secondary row of the axis: the day above hours, the month above days. */
public enum ContextUnit {
    DAY("EEE d MMMM u"),
    MONTH("MMMM u"),
    YEAR("u");

    private final DateTimeFormatter format;

    ContextUnit(String pattern) {
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }

    public String label(ZonedDateTime t) {
        return format.format(t);
    }

    ZonedDateTime floor(ZonedDateTime t) {
        LocalDate d = t.toLocalDate();
        LocalDate start = switch (this) {
            case DAY -> d;
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
        };
        return start.atStartOfDay(t.getZone());
    }

    ZonedDateTime next(ZonedDateTime t) {
        LocalDate d = t.toLocalDate();
        LocalDate next = switch (this) {
            case DAY -> d.plusDays(1);
            case MONTH -> d.plusMonths(1);
            case YEAR -> d.plusYears(1);
        };
        return next.atStartOfDay(t.getZone());
    }
}
