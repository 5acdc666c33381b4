package org.parley.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parley.model.Event;
import org.parley.model.Participant;
import org.parley.model.Track;

/** Which lanes an event belongs to under a lane mode, and in what order the lanes come. */
final class LaneKeys {

    static final String NONE = "";

    private final LaneMode mode;
    private final PlaceLanes places;

    LaneKeys(LaneMode mode) {
        this(mode, PlaceLanes.NONE);
    }

    LaneKeys(LaneMode mode, PlaceLanes places) {
        this.mode = mode;
        this.places = places;
    }

    List<String> of(Event e) {
        return switch (mode) {
            case TRACK -> List.of(e.track().id());
            case ACTOR -> {
                LinkedHashSet<String> ids = new LinkedHashSet<>();
                for (Participant p : e.actors()) {
                    ids.add(p.actor());
                }
                yield ids.isEmpty() ? List.of(NONE) : List.copyOf(ids);
            }
            case PLACE -> List.of(places.laneOf(e.place()));
        };
    }

    /**
     * Tracks keep their declared order; actors and places come busiest first, so the lanes a
     * reader needs most are at the top; the catch-all lane comes last.
     */
    List<String> order(Map<String, Integer> counts, boolean includeEmptyTracks) {
        if (mode == LaneMode.TRACK) {
            List<String> keys = new ArrayList<>();
            for (Track t : Track.values()) {
                if (includeEmptyTracks || counts.containsKey(t.id())) {
                    keys.add(t.id());
                }
            }
            return keys;
        }
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort(Comparator.comparing((String k) -> k.equals(NONE))
                .thenComparing(k -> -counts.get(k))
                .thenComparing(Function.identity()));
        return keys;
    }

    String label(String key, Function<String, String> nameOf) {
        if (mode == LaneMode.TRACK) {
            return Track.byId(key).map(Track::label).orElse(key);
        }
        if (key.equals(NONE)) {
            return mode == LaneMode.ACTOR ? "No actor" : "No place";
        }
        String name = nameOf.apply(key);
        return name == null || name.isBlank() ? key : name;
    }

    static Map<String, Integer> count(List<Event> events, LaneKeys keys) {
        Map<String, Integer> counts = new HashMap<>();
        for (Event e : events) {
            for (String k : keys.of(e)) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        return counts;
    }
}
