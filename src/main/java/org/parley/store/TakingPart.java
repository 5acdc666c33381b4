package org.parley.store;

import java.util.List;
import java.util.Map;

/**
 * An event some actors take part in, as a search for them finds it: its id and title, and for each of those
 * actors in it their role there ("led the U.S. delegation"; "" when they are only quoted at it).
 */
public record TakingPart(String eventId, String title, Map<String, String> roles) {

    public TakingPart {
        roles = Map.copyOf(roles);
    }

    /** Which of {@code actorIds} take part, in that order. */
    public List<String> actors(List<String> actorIds) {
        return actorIds.stream().filter(roles::containsKey).toList();
    }
}
