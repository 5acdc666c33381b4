package org.parley.model;

import java.util.Objects;

/**
 * A venue, city, country or region. {@code country} is the ISO 3166-1 numeric code of the country
 * the place is or lies in (empty for regions spanning several), which the map uses to shade it.
 * {@code within} is the id of the place this one lies in (a venue's city), or empty: views that
 * group by place put the two together.
 */
public record Place(String id, String name, double lat, double lon, PlaceKind kind, String country, String note,
                    String within) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range for " + id + ": " + lat + ", " + lon);
        }
        country = country == null ? "" : country;
        note = note == null ? "" : note;
        within = within == null ? "" : within;
        if (within.equals(id)) {
            throw new IllegalArgumentException(id + " cannot lie within itself");
        }
    }

    /** A place that lies in no other. */
    public Place(String id, String name, double lat, double lon, PlaceKind kind, String country, String note) {
        this(id, name, lat, lon, kind, country, note, "");
    }
}
