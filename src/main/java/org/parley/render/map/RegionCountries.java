package org.parley.render.map;

import java.util.List;
import java.util.Map;
import org.parley.model.Place;

/**
 * The countries a multi-country region stands for, so an event about "the Baltic states" shades
 * Estonia, Latvia and Lithuania. The dataset leaves {@code country} empty for such regions and
 * names them only in prose; this table is the one place that turns that prose into ISO 3166-1
 * numeric codes. Vague regions ("Eastern Europe", "post-Soviet space") are deliberately absent:
 * shading a guess would claim more than the articles do.
 */
public final class RegionCountries {

    private static final Map<String, List<String>> BY_PLACE_ID = Map.of(
            "baltic-states", List.of("233", "428", "440"));

    private RegionCountries() {
    }

    /** The ISO numeric codes to shade for a place: its own country, the table's, or none. */
    public static List<String> of(Place place) {
        if (!place.country().isEmpty()) {
            return List.of(place.country());
        }
        return BY_PLACE_ID.getOrDefault(place.id(), List.of());
    }
}
