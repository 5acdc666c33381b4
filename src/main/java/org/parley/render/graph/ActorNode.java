package org.parley.render.graph;

import org.parley.model.Actor;

import java.util.Objects;

/** An actor in the network with how many of the counted events they take part in and how many quotes they speak. */
public record ActorNode(Actor actor, int events, int quotes) {
    public ActorNode {
        Objects.requireNonNull(actor, "actor");
    }

    public String id() {
        return actor.id();
    }
}
