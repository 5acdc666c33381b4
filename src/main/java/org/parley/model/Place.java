package org.parley.model;

import java.util.Objects;

/**
 * A venue, city, country or region. {@code country} is the ISO 3166-1 numeric code of the country
 * the place is or lies in (empty for regions spanning several), which the map uses to shade it.
 */
public record Place(String id, String name, double lat, double lon, PlaceKind kind, String country, String note) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range for " + id + ": " + lat + ", " + lon);
        }
        country = country == null ? "" : country;
        note = note == null ? "" : note;
    }
}
