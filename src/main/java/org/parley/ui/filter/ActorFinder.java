package org.parley.ui.filter;

import org.parley.model.Actor;
import org.parley.model.ActorOrder;
import org.parley.ui.actors.ActorMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Filters pane's actors in the order a reader looks them up ({@link ActorOrder}), with their spellings
 * folded once, so that typing in "Find an actor" costs a substring test per actor and no accent stripping:
 * made where the list is made (on the compute thread for a large dataset), asked on each key typed.
 */
final class ActorFinder {

    static final ActorFinder NONE = new ActorFinder(List.of());

    private final List<Actor> actors;
    /** Each actor's name and aliases, folded as {@link ActorMatcher} folds them, one per line. */
    private final String[] spellings;

    ActorFinder(List<Actor> actors) {
        this.actors = ActorOrder.sorted(actors);
        this.spellings = this.actors.stream()
                .map(a -> a.spellings().map(ActorMatcher::fold).collect(Collectors.joining("\n")))
                .toArray(String[]::new);
    }

    /** Every actor, in look-up order. */
    List<Actor> all() {
        return actors;
    }

    /** The actors any of whose spellings holds {@code typed}, in look-up order; all of them for nothing typed. */
    List<Actor> matching(String typed) {
        String query = new ActorMatcher(typed).folded();
        if (query.isEmpty()) {
            return actors;
        }
        List<Actor> found = new ArrayList<>();
        for (int i = 0; i < spellings.length; i++) {
            if (spellings[i].contains(query)) {
                found.add(actors.get(i));
            }
        }
        return found;
    }
}
