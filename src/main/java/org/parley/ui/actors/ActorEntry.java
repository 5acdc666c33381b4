package org.parley.ui.actors;

import org.parley.model.Actor;
import org.parley.model.ActorGroup;
import org.parley.model.CountText;

/** One line of the actor list: a group's header or an actor under it. */
sealed interface ActorEntry {

    record Header(ActorGroup group, int count) implements ActorEntry {
    }

    record Row(Actor actor, int events, int quotes) implements ActorEntry {

        String counts() {
            return CountText.count(events, "event") + " · " + CountText.count(quotes, "quote");
        }
    }
}
