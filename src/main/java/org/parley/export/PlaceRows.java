package org.parley.export;

import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Place;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rows of {@code places.csv}: each place with its coordinates, kind, country and the place it
 * lies within, and how many of the exported events are held there or about it. A researcher joins
 * events.csv's {@code place_id} and {@code refers_ids} to it; before it, coordinates were only in
 * the GeoJSON, and a join took a second export.
 */
final class PlaceRows {

    /** What each column holds, for about.txt. */
    static final String COLUMNS_TEXT = """
            id: the id events.csv gives in place_id and refers_ids
            kind: venue, city, country or region
            lat, lon: decimal degrees (WGS 84), as the map draws the place; a region's point is the
              curator's, and its note says so
            country: the ISO 3166-1 numeric code of the country it is or lies in, three digits (Austria
              is 040: read the column as text to keep the 0); empty for a region of several countries
            within: the id of the place it lies in (a venue's city), or empty
            events_at: events held at this very place (not at a venue within it)
            events_about: events held there or about it (refers_ids), the count the map shows
            """;

    private PlaceRows() {
    }

    static List<List<String>> of(Dataset data) {
        Map<String, Integer> at = new HashMap<>();
        Map<String, Integer> about = new HashMap<>();
        for (Event e : data.events()) {
            Set<String> named = new HashSet<>(e.refers());
            if (!e.place().isEmpty()) {
                at.merge(e.place(), 1, Integer::sum);
                named.add(e.place());
            }
            named.forEach(id -> about.merge(id, 1, Integer::sum));
        }
        return data.places().stream().map(p -> List.of(p.id(), p.name(), p.kind().name().toLowerCase(Locale.ROOT),
                degrees(p.lat()), degrees(p.lon()), p.country(), p.within(),
                Integer.toString(at.getOrDefault(p.id(), 0)), Integer.toString(about.getOrDefault(p.id(), 0)),
                p.note())).toList();
    }

    /** The places {@code events} name, with every place those lie within, in the dataset's order. */
    static List<Place> namedBy(Dataset data, List<Event> events) {
        Set<String> named = new HashSet<>();
        for (Event e : events) {
            Stream.concat(Stream.of(e.place()), e.refers().stream())
                    .forEach(id -> {
                        // Up the chain of "within" until a place already taken: a venue, its city, the city's country.
                        Optional<Place> p = data.place(id);
                        while (p.isPresent() && named.add(p.get().id())) {
                            p = data.place(p.get().within());
                        }
                    });
        }
        return data.places().stream().filter(p -> named.contains(p.id())).toList();
    }

    /** What the table holds, for about.txt: all of the dataset's places, or those its events name. */
    static String scope(Dataset data) {
        return namedBy(data, data.events()).size() == data.places().size()
                ? "the ids in events.csv's place_id and refers_ids, and the places they lie within"
                : "every place of the dataset, some named by no event here; events.csv's place_id and refers_ids are its ids";
    }

    /** Plain decimals: 1.0E-5 is a number to R and pandas but text to some spreadsheets. */
    private static String degrees(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
