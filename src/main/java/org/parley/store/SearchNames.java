package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Actor;

/**
 * The places' and the actors' names, their words split and folded once, kept while the database is unchanged: what
 * a word after NOT is looked for in (decision 0165), and a word beside a person's name in places (decision 0158).
 * Read afresh for every search with NOT, they had cost 15-20 ms at 1,000 actors and 500 places, most of it folding
 * each name's words as the index folds them, three times a search (its list, its people's events and its count).
 */
final class SearchNames {

    /** Gives the names as they are now: the store's kept ones, read again only when the database has changed. */
    @FunctionalInterface
    interface Source {
        SearchNames get() throws SQLException;
    }

    private final DatabaseVersion version;
    private final PlaceNames places;
    /** Each actor's names (name and other names), split and folded, by id in the dataset's order. */
    private final Map<String, List<String>> actorNames;

    private SearchNames(DatabaseVersion version, PlaceNames places, Map<String, List<String>> actorNames) {
        this.version = version;
        this.places = places;
        this.actorNames = actorNames;
    }

    /** {@code kept} when the database is as it was when it was read, else the names read afresh. */
    static SearchNames current(Connection connection, SearchNames kept) throws SQLException {
        DatabaseVersion now = DatabaseVersion.of(connection);
        if (kept != null && kept.version.equals(now)) {
            return kept;
        }
        Map<String, List<String>> actorNames = new LinkedHashMap<>();
        for (Actor a : new StoredDatasetReader(connection).actors()) {
            actorNames.put(a.id(), FtsQuery.wordsOf(ActorSearch.names(a)));
        }
        return new SearchNames(now, PlaceNames.read(connection), actorNames);
    }

    PlaceNames places() {
        return places;
    }

    /** The ids of the actors whose names hold any of {@code words}: the people those words name. */
    List<String> actorsNamedByAny(List<FtsQuery.Word> words) {
        return actorNames.entrySet().stream()
                .filter(a -> words.stream().anyMatch(w -> w.heldByWords().test(a.getValue())))
                .map(Map.Entry::getKey).toList();
    }
}
