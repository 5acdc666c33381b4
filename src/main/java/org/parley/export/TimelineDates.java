package org.parley.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.model.Precision;
import org.parley.model.TimeSpan;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * TimelineJS date objects that claim no more than a span's precision: a day-precision event gets
 * year, month and day and never an hour. TimelineJS has no decades or seasons, so those are given
 * at the year or month grain with an end date covering the whole period.
 */
final class TimelineDates {

    private TimelineDates() {
    }

    static ObjectNode start(TimeSpan span) {
        return date(span.start(), grain(span.precision()));
    }

    /** The last period the span covers, when that is not its first one. */
    static Optional<ObjectNode> end(TimeSpan span) {
        ChronoUnit grain = grain(span.precision());
        LocalDateTime last = span.end().minus(1, grain);
        return last.isAfter(span.start()) ? Optional.of(date(last, grain)) : Optional.empty();
    }

    private static ChronoUnit grain(Precision precision) {
        return switch (precision) {
            case DECADE, YEAR -> ChronoUnit.YEARS;
            case SEASON, MONTH -> ChronoUnit.MONTHS;
            case DAY -> ChronoUnit.DAYS;
            case HOUR -> ChronoUnit.HOURS;
            case MINUTE -> ChronoUnit.MINUTES;
        };
    }

    private static ObjectNode date(LocalDateTime t, ChronoUnit grain) {
        ObjectNode date = JsonNodeFactory.instance.objectNode();
        date.put("year", t.getYear());
        if (grain.compareTo(ChronoUnit.MONTHS) <= 0) {
            date.put("month", t.getMonthValue());
        }
        if (grain.compareTo(ChronoUnit.DAYS) <= 0) {
            date.put("day", t.getDayOfMonth());
        }
        if (grain.compareTo(ChronoUnit.HOURS) <= 0) {
            date.put("hour", t.getHour());
        }
        if (grain.compareTo(ChronoUnit.MINUTES) <= 0) {
            date.put("minute", t.getMinute());
        }
        return date;
    }
}
