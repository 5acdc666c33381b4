package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The places' names, read once for a search, and which places a word of it names: a word found in a place's name
 * names that place and every place within it ("Brussels" names NATO headquarters, decision 0098). What lets a word
 * find the events held at a place or about it (decision 0158), and a word after NOT leave them out.
 */
final class PlaceNames {

    /** A place's name, its words split and folded once, and the place it lies within. */
    private record NamedPlace(List<String> words, String within) {
    }

    private final Map<String, NamedPlace> places;

    private PlaceNames(Map<String, NamedPlace> places) {
        this.places = places;
    }

    static PlaceNames read(Connection connection) throws SQLException {
        Map<String, NamedPlace> places = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "place_names"));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                places.put(rs.getString(1), new NamedPlace(FtsQuery.wordsOf(rs.getString(2)), rs.getString(3)));
            }
        }
        return new PlaceNames(places);
    }

    /** The ids of the places whose names hold {@code w}, and of those within them, however deep. */
    Set<String> named(FtsQuery.Word w) {
        Set<String> named = new HashSet<>();
        places.forEach((id, place) -> {
            if (w.heldByWords().test(place.words())) {
                named.add(id);
            }
        });
        // A place within a named one is in it too, however deep ("a room of NATO headquarters, Brussels").
        boolean grew = !named.isEmpty();
        while (grew) {
            grew = false;
            for (Map.Entry<String, NamedPlace> p : places.entrySet()) {
                if (!named.contains(p.getKey()) && named.contains(p.getValue().within())) {
                    grew = named.add(p.getKey());
                }
            }
        }
        return named;
    }
}
