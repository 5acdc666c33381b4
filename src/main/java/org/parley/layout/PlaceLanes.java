package org.parley.layout;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Event;
import org.parley.model.Place;

/**
 * Which lane a place's events go to in "lanes by place": a venue shares the lane of the city it
 * lies in ({@link Place#within()}), so "NATO headquarters, Brussels" and "Brussels" are one lane,
 * and an item from the venue carries the venue's name so that nothing is lost by the merge.
 */
public final class PlaceLanes {

    /** No place lies in another: every place is its own lane. */
    public static final PlaceLanes NONE = new PlaceLanes(Map.of(), Map.of());

    private final Map<String, String> within;
    private final Map<String, String> names;

    private PlaceLanes(Map<String, String> within, Map<String, String> names) {
        this.within = within;
        this.names = names;
    }

    public static PlaceLanes of(Collection<Place> places) {
        Map<String, String> within = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Place p : places) {
            names.put(p.id(), p.name());
            if (!p.within().isEmpty()) {
                within.put(p.id(), p.within());
            }
        }
        return within.isEmpty() ? NONE : new PlaceLanes(Map.copyOf(within), Map.copyOf(names));
    }

    /** The lane key of a place: the place it lies in, or itself. */
    public String laneOf(String placeId) {
        return within.getOrDefault(placeId, placeId);
    }

    /** The venue's name when {@code e} happened at a place drawn in another place's lane. */
    public Optional<String> venueOf(Event e) {
        return within.containsKey(e.place()) ? Optional.ofNullable(names.get(e.place())) : Optional.empty();
    }

    /** The item's label: the title, led by the venue when the lane is the venue's city. */
    public String itemTitle(Event e) {
        return venueOf(e).map(v -> v + " · " + e.title()).orElse(e.title());
    }
}
