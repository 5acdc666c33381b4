package org.parley.ui.filter;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Participant;
import org.parley.model.Place;

/**
 * How many of the dataset's events each kind, actor and place would keep if ticked alone, shown
 * beside it in the Filters pane so a researcher sees where the events are before ticking. A place
 * counts what lies within it (NATO headquarters' meetings count for Brussels), as its tick keeps
 * them. One pass over the events, on the compute thread.
 */
record FacetCounts(Map<EventKind, Integer> kinds, Map<String, Integer> actors, Map<String, Integer> places) {

    static final FacetCounts NONE = new FacetCounts(Map.of(), Map.of(), Map.of());

    static FacetCounts of(Dataset ds) {
        Map<EventKind, Integer> kinds = new EnumMap<>(EventKind.class);
        Map<String, Integer> actors = new HashMap<>();
        Map<String, Integer> places = new HashMap<>();
        Map<String, Set<String>> upwards = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Event e : ds.events()) {
            kinds.merge(e.kind(), 1, Integer::sum);
            seen.clear();
            for (Participant p : e.actors()) {
                if (seen.add(p.actor())) {
                    actors.merge(p.actor(), 1, Integer::sum);
                }
            }
            seen.clear();
            addWithOuter(ds, e.place(), seen, upwards);
            e.refers().forEach(r -> addWithOuter(ds, r, seen, upwards));
            seen.forEach(id -> places.merge(id, 1, Integer::sum));
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
