package org.parley.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        List<LocalDate> days = events.stream()
                .filter(e -> e.time().precision().atLeast(Precision.DAY))
                .map(e -> e.time().startDate()).sorted().toList();
        if (days.isEmpty()) {
            return events.stream().map(e -> e.time().startDate()).min(LocalDate::compareTo)
                    .map(first -> new DateRange(first, events.stream()
                            .map(e -> e.time().end().minusNanos(1).toLocalDate())
                            .max(LocalDate::compareTo).orElse(first)));
        }
        int bestFrom = 0;
        int bestTo = 0;
        int to = 0;
        for (int from = 0; from < days.size(); from++) {
            LocalDate limit = days.get(from).plusDays(WINDOW_DAYS);
            while (to < days.size() && days.get(to).isBefore(limit)) {
                to++;
            }
            if (to - from > bestTo - bestFrom) {
                bestFrom = from;
                bestTo = to;
            }
        }
        return Optional.of(new DateRange(days.get(bestFrom), days.get(bestTo - 1)));
    }

    /** The zone most events in {@code period} happened in (UTC when none): the talks' own clock. */
    public static ZoneId zoneOf(Collection<Event> events, Optional<DateRange> period) {
        Map<ZoneId, Integer> counts = new HashMap<>();
        for (Event e : events) {
            if (period.isEmpty() || period.get().contains(e.time().startDate())) {
                counts.merge(e.time().zone(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<ZoneId, Integer>comparingByValue().thenComparing(en -> en.getKey().getId(),
                        Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(ZoneOffset.UTC);
    }
}
