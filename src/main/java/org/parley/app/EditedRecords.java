package org.parley.app;

import org.parley.model.Dataset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * How many records of a stored dataset differ from another one's (changed, added or removed, matched
 * by id): what a user loses when the bundled week is put back over the week they edited, said as a
 * number in the question that asks first.
 */
final class EditedRecords {

    private EditedRecords() {
    }

    static long count(Dataset stored, Dataset other) {
        return differing(stored.sources(), other.sources(), s -> s.id())
                + differing(stored.actors(), other.actors(), a -> a.id())
                + differing(stored.places(), other.places(), p -> p.id())
                + differing(stored.events(), other.events(), e -> e.id())
                + differing(stored.quotes(), other.quotes(), q -> q.id())
                + differing(stored.divergences(), other.divergences(), d -> d.id())
                + differing(stored.positions(), other.positions(), p -> p.id())
                + (Objects.equals(stored.title(), other.title()) && Objects.equals(stored.description(), other.description())
                ? 0 : 1);
    }

    private static <T> long differing(List<T> stored, List<T> other, Function<T, String> id) {
        Map<String, T> theirs = new HashMap<>();
        other.forEach(r -> theirs.put(id.apply(r), r));
        Set<String> seen = new HashSet<>();
        long count = 0;
        for (T r : stored) {
            String key = id.apply(r);
            seen.add(key);
            if (!r.equals(theirs.get(key))) {
                count++;
            }
        }
        for (String key : theirs.keySet()) {
            if (!seen.contains(key)) {
                count++;
            }
        }
        return count;
    }
}
