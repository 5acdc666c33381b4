package org.parley.ui.search;

import java.util.Set;
import java.util.function.Predicate;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;

/**
 * The events a search found, in the one wording the status bar and the Search tab share: "3 events
 * marked", "3 events match: 2 marked, 1 hidden by the filters", "1 event matches, hidden by the
 * filters". The tab had said "3 events marked" beside the bar's "2 marked, 1 hidden" for the same search.
 */
public final class FoundEvents {

    private FoundEvents() {
    }

    /** {@code events} found, {@code hidden} of them hidden by the filters, said plainly. */
    public static String said(int events, long hidden) {
        if (hidden == 0) {
            return CountText.count(events, "event") + " marked";
        }
        String match = CountText.count(events, "event") + (events == 1 ? " matches" : " match");
        if (hidden >= events) {
            return match + (events == 1 ? ", hidden" : events == 2 ? ", both hidden" : ", all hidden") + " by the filters";
        }
        return match + ": " + CountText.number(events - hidden) + " marked, " + CountText.number(hidden)
                + " hidden by the filters";
    }

    /** How many of {@code eventIds} {@code filter} hides in {@code data}: the filter is built once, not once an event. */
    public static long hidden(Dataset data, EventFilter filter, Set<String> eventIds) {
        if (data == null || filter.isEmpty() || eventIds.isEmpty()) {
            return 0;
        }
        Predicate<Event> passes = filter.in(data);
        return eventIds.stream().map(data::event).filter(e -> e.isPresent() && !passes.test(e.get())).count();
    }
}
