package org.parley.ui.actors;

import org.parley.model.Actor;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether an actor answers a search: any spelling (name or alias) containing the query, ignoring
 * case and accents, so "grushko" finds "Aleksandr V. Grushko" and "lukasz" finds "Łukasz".
 */
final class ActorMatcher {

    private final String query;

    ActorMatcher(String query) {
        this.query = fold(query == null ? "" : query.strip());
    }

    boolean matches(Actor actor) {
        return query.isEmpty() || actor.spellings().anyMatch(s -> fold(s).contains(query));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
