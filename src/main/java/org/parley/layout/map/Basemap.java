package org.parley.layout.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Decoded basemap in geographic degrees: the countries and the land outline (for telling sea
 * from land). Built by {@link TopoJson}; see docs/basemap.md for where the bundled data comes from.
 */
public record Basemap(List<Country> countries, List<Polygon> land) {

    /** Classpath location of the bundled Europe cut of Natural Earth 1:50m. */
    public static final String EUROPE_RESOURCE = "/org/parley/map/europe-50m.topojson";

    public Basemap {
        countries = List.copyOf(countries);
        land = List.copyOf(land);
    }

    /** Loads and decodes the bundled Europe basemap. */
    public static Basemap loadEurope() {
        try (InputStream in = Basemap.class.getResourceAsStream(EUROPE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("basemap resource missing from the classpath: " + EUROPE_RESOURCE);
            }
            return TopoJson.decode(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read basemap resource " + EUROPE_RESOURCE, e);
        }
    }

    /** The country with this ISO numeric id, if the basemap has it. */
    public Optional<Country> country(String id) {
        return countries.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
