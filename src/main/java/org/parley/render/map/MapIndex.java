package org.parley.render.map;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Participant;
import org.parley.model.Place;

/**
 * A dataset's events as numbers, and its route, built once per dataset: the map's counts for a
 * filter are then a pass over small int arrays instead of a pass of hash-map updates (about 100 ms
 * at 100,000 events, and the timeline's next layout waited behind it on the one compute thread).
 */
final class MapIndex {

    private static volatile MapIndex last;
    /** Below this many events an index is built whenever asked for (well under a millisecond) and never kept. */
    static final int KEPT_FROM = 1_000;

    private final WeakReference<Dataset> dataset;
    /** The events in the story's order, which a filter keeps. */
    private final List<Event> order;
    private static final int[] NONE = new int[0];

    /** Each event's place in the story by id, for a list not in the story's order; built when first needed. */
    private volatile Map<String, Integer> position;
    final List<String> placeIds;
    final List<String> actorIds;
    /** Per event: its venue, or -1. */
    final int[] venue;
    /** Per event: the distinct places it happened at or is about. */
    final int[][] about;
    /**
     * Per event: the places it is at or about and every place they lie within (NATO headquarters'
     * Brussels), as a place filter takes them; the same array as {@link #about} where none lies in another.
     */
    final int[][] around;
    /** Per event: its actors. */
    final int[][] actors;
    /** The whole dataset's route, traced once: a filter only keeps some of its stops ({@link MapData#ofFilter}). */
    final List<RouteStop> route;

    private MapIndex(Dataset data) {
        dataset = new WeakReference<>(data);
        order = data.eventsInNarrativeOrder();
        Map<String, Integer> places = new HashMap<>();
        Map<String, Integer> people = new HashMap<>();
        venue = new int[order.size()];
        about = new int[order.size()][];
        around = new int[order.size()][];
        actors = new int[order.size()][];
        boolean nested = data.places().stream().anyMatch(p -> !p.within().isEmpty());
        for (int i = 0; i < order.size(); i++) {
            Event e = order.get(i);
            venue[i] = e.place().isEmpty() ? -1 : indexOf(places, e.place());
            about[i] = e.refers().isEmpty() ? (venue[i] < 0 ? NONE : new int[] {venue[i]}) : about(e, venue[i], places);
            around[i] = nested ? around(data, e, about[i], places) : about[i];
            List<Participant> ps = e.actors();
            actors[i] = new int[ps.size()];
            for (int k = 0; k < ps.size(); k++) {
                actors[i][k] = indexOf(people, ps.get(k).actor());
            }
        }
        placeIds = keysInOrder(places);
        actorIds = keysInOrder(people);
        route = List.copyOf(WeekRoute.of(data));
    }

    private static int[] about(Event e, int venue, Map<String, Integer> places) {
        Set<Integer> distinct = new LinkedHashSet<>();
        if (venue >= 0) {
            distinct.add(venue);
        }
        for (String r : e.refers()) {
            distinct.add(indexOf(places, r));
        }
        return distinct.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] around(Dataset data, Event e, int[] about, Map<String, Integer> places) {
        Set<Integer> distinct = null;
        for (String id : aboutIds(e)) {
            Set<String> seen = new HashSet<>();
            for (String up = within(data, id); !up.isEmpty() && seen.add(up); up = within(data, up)) {
                if (distinct == null) {
                    distinct = new LinkedHashSet<>();
                    for (int p : about) {
                        distinct.add(p);
                    }
                }
                distinct.add(indexOf(places, up));
            }
        }
        return distinct == null ? about : distinct.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<String> aboutIds(Event e) {
        if (e.refers().isEmpty()) {
            return e.place().isEmpty() ? List.of() : List.of(e.place());
        }
        List<String> ids = new ArrayList<>(e.refers());
        if (!e.place().isEmpty()) {
            ids.add(e.place());
        }
        return ids;
    }

    private static String within(Dataset data, String placeId) {
        return data.place(placeId).map(Place::within).orElse("");
    }

    static MapIndex of(Dataset data) {
        MapIndex known = last;
        if (known != null && known.dataset.get() == data) {
            return known;
        }
        MapIndex built = new MapIndex(data);
        // Only a large dataset's index is kept: a slide's first map, made from one step's few events at every click,
        // had pushed out the open dataset's, built again at the next map of it (about 100 ms at 100,000 events).
        if (data.events().size() >= KEPT_FROM) {
            last = built;
        }
        return built;
    }

    /**
     * Where each of {@code events} stands in the story: a filter's events are the story's in its
     * order, found by walking both lists; any other list by id.
     */
    int[] positionsOf(List<Event> events) {
        int[] out = new int[events.size()];
        int found = 0;
        for (int at = 0; at < order.size() && found < out.length; at++) {
            if (order.get(at) == events.get(found)) {
                out[found++] = at;
            }
        }
        if (found < out.length) {
            if (position == null) {
                Map<String, Integer> byId = new HashMap<>();
                for (int i = 0; i < order.size(); i++) {
                    byId.put(order.get(i).id(), i);
                }
                position = byId;
            }
            for (int i = 0; i < out.length; i++) {
                Integer p = position.get(events.get(i).id());
                out[i] = p == null ? -1 : p;
            }
        }
        return out;
    }

    private static int indexOf(Map<String, Integer> ids, String id) {
        return ids.computeIfAbsent(id, k -> ids.size());
    }

    private static List<String> keysInOrder(Map<String, Integer> ids) {
        String[] out = new String[ids.size()];
        ids.forEach((id, i) -> out[i] = id);
        return List.of(out);
    }
}
