package org.parley.render.graph;

import org.parley.model.Actor;

import java.util.Objects;

/**
 * An actor in the network with how many of the counted events they are in (a participant or quoted:
 * {@link org.parley.model.Dataset#involves}) and how many quotes they speak.
 */
public record ActorNode(Actor actor, int events, int quotes) {
    public ActorNode {
        Objects.requireNonNull(actor, "actor");
    }

    public String id() {
        return actor.id();
    }
}
