package org.parley.store;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Actor;

/**
 * Finds actors by what a person typed in the search box, by their name and the other names the
 * papers give them ("Aleksandr V. Grushko", "the Kremlin"). Actors are not in the full-text
 * index: their names are a few words each, held in memory, and matched the way the index matches
 * text ({@link FtsQuery#matches}).
 */
public final class ActorSearch {

    private ActorSearch() {
    }

    /** Those of {@code actors} whose names answer {@code userText}, in their order. */
    public static List<Actor> matching(List<Actor> actors, String userText) {
        if (FtsQuery.of(userText).isEmpty()) {
            return List.of();
        }
        return actors.stream().filter(a -> FtsQuery.matches(userText, names(a))).toList();
    }

    /**
     * What a list shows under the actor's name: their role and the other names the papers use,
     * with the words searched for marked as the index marks them in its snippets.
     */
    public static String snippet(Actor a, String userText) {
        List<String> parts = new ArrayList<>();
        if (!a.role().isBlank()) {
            parts.add(a.role());
        }
        if (!a.aliases().isEmpty()) {
            parts.add("also " + String.join(", ", a.aliases()));
        }
        return FtsQuery.marked(String.join(" · ", parts), userText);
    }

    private static String names(Actor a) {
        return a.name() + "\n" + String.join("\n", a.aliases());
    }
}
