package org.parley.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a dataset that declares no focus is "about": the week (seven days) holding the most
 * events the sources date to the day or finer, trimmed to the first and last of those events.
 * Coarser events (a decade, a season) are background and only count when nothing is finer.
 */
public final class DensestPeriod {

    /** The widest stretch one view of "the story" is expected to cover. */
    static final int WINDOW_DAYS = 7;

    private DensestPeriod() {
    }

    public static Optional<DateRange> of(Collection<Event> events) {
        // Epoch days in a primitive array: this runs on every dataset a start reads, before the JIT
        // has compiled anything, and sorting 100,000 boxed dates cold took a third of a second.
        long[] days = new long[events.size()];
        int n = 0;
        for (Event e : events) {
            if (e.time().precision().atLeast(Precision.DAY)) {
                days[n++] = e.time().startDate().toEpochDay();
            }
        }
        if (n == 0) {
            return events.stream().map(e -> e.time().startDate()).min(LocalDate::compareTo)
                    .map(first -> new DateRange(first, events.stream()
                            .map(e -> e.time().lastDate())
                            .max(LocalDate::compareTo).orElse(first)));
        }
        Arrays.sort(days, 0, n);
        return ofSortedDays(days, n);
    }

    /**
     * The densest week of the first {@code n} of {@code days}: the epoch days events start on (those
     * dated to the day or finer), sorted, a day repeated once per event; empty when {@code n} is 0.
     */
    public static Optional<DateRange> ofSortedDays(long[] days, int n) {
        if (n == 0) {
            return Optional.empty();
        }
        int bestFrom = 0;
        int bestTo = 0;
        int to = 0;
        for (int from = 0; from < n; from++) {
            long limit = days[from] + WINDOW_DAYS;
            while (to < n && days[to] < limit) {
                to++;
            }
            if (to - from > bestTo - bestFrom) {
                bestFrom = from;
                bestTo = to;
            }
        }
        return Optional.of(new DateRange(LocalDate.ofEpochDay(days[bestFrom]), LocalDate.ofEpochDay(days[bestTo - 1])));
    }

    /** The zone most events in {@code period} happened in (UTC when none): the talks' own clock. */
    public static ZoneId zoneOf(Collection<Event> events, Optional<DateRange> period) {
        // A dataset has a handful of zones, each usually one shared instance: a short list beats a map.
        List<ZoneId> zones = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        LocalDate first = period.map(DateRange::first).orElse(null);
        LocalDate last = period.map(DateRange::last).orElse(null);
        for (Event e : events) {
            LocalDate day = e.time().startDate();
            if (first != null && (day.isBefore(first) || day.isAfter(last))) {
                continue;
            }
            ZoneId zone = e.time().zone();
            int i = zones.indexOf(zone);
            if (i < 0) {
                zones.add(zone);
                counts.add(new int[] {1});
            } else {
                counts.get(i)[0]++;
            }
        }
        ZoneId best = null;
        int bestCount = 0;
        for (int i = 0; i < zones.size(); i++) {
            int c = counts.get(i)[0];
            // Ties go to the zone whose id sorts first, whatever the events' order.
            if (c > bestCount || (c == bestCount && zones.get(i).getId().compareTo(best.getId()) < 0)) {
                best = zones.get(i);
                bestCount = c;
            }
        }
        return best == null ? ZoneOffset.UTC : best;
    }
}
