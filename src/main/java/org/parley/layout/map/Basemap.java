package org.parley.layout.map;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Decoded basemap in geographic degrees: the countries and the land outline (for telling sea
 * from land). The bundled one is decoded from TopoJSON when Parley is built and read back here
 * in {@link BasemapFormat}; see docs/basemap.md for where the data comes from.
 */
public record Basemap(List<Country> countries, List<Polygon> land) {

    /** Classpath location of the bundled Europe cut of Natural Earth 1:50m, as the build writes it. */
    public static final String EUROPE_RESOURCE = "/org/parley/map/europe-50m.basemap";

    public Basemap {
        countries = List.copyOf(countries);
        land = List.copyOf(land);
    }

    /** Reads the bundled Europe basemap. */
    public static Basemap loadEurope() {
        try (InputStream in = Basemap.class.getResourceAsStream(EUROPE_RESOURCE)) {
            if (in == null) {
                // Only a build that skipped process-classes (an IDE's own compiler, say) gets here.
                throw new IllegalStateException("basemap resource missing from the classpath: " + EUROPE_RESOURCE
                        + " (it is made by the Maven build: ./mvnw process-classes, see docs/basemap.md)");
            }
            return BasemapFormat.read(new BufferedInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read basemap resource " + EUROPE_RESOURCE, e);
        }
    }

    /** The country with this ISO numeric id, if the basemap has it. */
    public Optional<Country> country(String id) {
        return countries.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
