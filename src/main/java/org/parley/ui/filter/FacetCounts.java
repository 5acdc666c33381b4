package org.parley.ui.filter;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.Place;

/**
 * How many events each kind, actor and place would keep if ticked alone in its list, with the other
 * filters as they are (the papers, the time range, the other two lists), shown beside it in the Filters
 * pane so a researcher sees where the events are before ticking. Counted over the whole dataset, a
 * one-day range still said "Russia (29)" for an actor with three events that day. A place counts what
 * lies within it (NATO headquarters' meetings count for Brussels), as its tick keeps them; an actor is in
 * an event as {@link Dataset#involves} says. One pass over the events, where the filter itself runs.
 */
record FacetCounts(Map<EventKind, Integer> kinds, Map<String, Integer> actors, Map<String, Integer> places) {

    static final FacetCounts NONE = new FacetCounts(Map.of(), Map.of(), Map.of());

    /** What each tick alone keeps with no other filter. */
    static FacetCounts of(Dataset ds) {
        return of(ds, EventFilter.NONE);
    }

    /** What each tick alone in its list keeps, the other filters of {@code filter} applied as they are. */
    static FacetCounts of(Dataset ds, EventFilter filter) {
        Predicate<Event> butKinds = filter.withKinds(Set.of()).in(ds);
        Predicate<Event> butActors = filter.withActors(Set.of()).in(ds);
        Predicate<Event> butPlaces = filter.withPlaces(Set.of()).in(ds);
        Map<EventKind, Integer> kinds = new EnumMap<>(EventKind.class);
        Map<String, Integer> actors = new HashMap<>();
        Map<String, Integer> places = new HashMap<>();
        Map<String, Set<String>> upwards = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Event e : ds.events()) {
            if (butKinds.test(e)) {
                kinds.merge(e.kind(), 1, Integer::sum);
            }
            if (butActors.test(e)) {
                ds.involved(e).forEach(a -> actors.merge(a, 1, Integer::sum));
            }
            if (butPlaces.test(e)) {
                seen.clear();
                addWithOuter(ds, e.place(), seen, upwards);
                e.refers().forEach(r -> addWithOuter(ds, r, seen, upwards));
                seen.forEach(id -> places.merge(id, 1, Integer::sum));
            }
        }
        return new FacetCounts(Map.copyOf(kinds), Map.copyOf(actors), Map.copyOf(places));
    }

    int kind(EventKind k) {
        return kinds.getOrDefault(k, 0);
    }

    int actor(String id) {
        return actors.getOrDefault(id, 0);
    }

    int place(String id) {
        return places.getOrDefault(id, 0);
    }

    /** The place and every place it lies within, each once however the dataset nests them. */
    private static void addWithOuter(Dataset ds, String id, Set<String> into, Map<String, Set<String>> upwards) {
        if (id.isEmpty()) {
            return;
        }
        into.addAll(upwards.computeIfAbsent(id, start -> {
            Set<String> chain = new HashSet<>();
            String up = start;
            while (!up.isEmpty() && chain.add(up)) {
                up = ds.place(up).map(Place::within).orElse("");
            }
            return Set.copyOf(chain);
        }));
    }
}
