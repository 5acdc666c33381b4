package org.parley.layout;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.parley.model.Event;
import org.parley.model.Precision;
import org.parley.model.TimeSpan;

/**
 * The stretch of time an event is drawn over, in epoch milliseconds. A span known to the day or
 * coarser is a stretch of the calendar, not of clock time: "12 January" is drawn as the 12 January
 * column of whichever zone the axis shows, never shifted into the 11th because the venue is an hour
 * ahead of UTC. Only hour and minute spans are real instants and are converted.
 */
record DrawnSpan(long start, long end) {

    static DrawnSpan of(Event event, ZoneId displayZone) {
        TimeSpan time = event.time();
        if (isPoint(time.precision())) {
            return new DrawnSpan(time.startInstant().toEpochMilli(), time.endInstant().toEpochMilli());
        }
        ZoneId zone = displayZone == null ? time.zone() : displayZone;
        return new DrawnSpan(calendar(time.start(), zone), calendar(time.end(), zone));
    }

    static boolean isPoint(Precision p) {
        return p.atLeast(Precision.HOUR);
    }

    static boolean isSoft(Precision p) {
        return !p.atLeast(Precision.DAY);
    }

    private static long calendar(LocalDateTime t, ZoneId zone) {
        // atStartOfDay respects zones whose midnight is skipped by a DST change.
        return (t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().atStartOfDay(zone) : t.atZone(zone))
                .toInstant().toEpochMilli();
    }
}
