package org.parley.ui.actors;

import org.parley.model.Actor;
import org.parley.model.ActorOrder;

/**
 * Whether an actor answers a search: any spelling (name or alias) containing the query, ignoring
 * case and accents, so "grushko" finds "Aleksandr V. Grushko" and "lukasz" finds "Łukasz". The Actors
 * tab's search and the Filters pane's "Find an actor" answer by this one rule.
 */
public final class ActorMatcher {

    private final String query;

    public ActorMatcher(String query) {
        this.query = fold(query == null ? "" : query.strip());
    }

    public boolean matches(Actor actor) {
        return query.isEmpty() || actor.spellings().anyMatch(s -> fold(s).contains(query));
    }

    /** The query as {@link #matches} compares it: without accents, in lower case. */
    public String folded() {
        return query;
    }

    /** A spelling as the query is compared with it: without accents, in lower case ({@link ActorOrder#fold}). */
    public static String fold(String s) {
        return ActorOrder.fold(s);
    }
}
