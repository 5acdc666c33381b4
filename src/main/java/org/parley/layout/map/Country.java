package org.parley.layout.map;

import java.util.List;
import java.util.Objects;

/**
 * A country of the basemap.
 *
 * @param id       ISO 3166-1 numeric code as a string ("804" for Ukraine); the Natural Earth
 *                 source uses negative codes for places without one ("-2" for Kosovo)
 * @param name     short English name from the source data
 * @param polygons its parts in geographic degrees
 */
public record Country(String id, String name, List<Polygon> polygons) {

    public Country {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        polygons = List.copyOf(polygons);
    }
}
