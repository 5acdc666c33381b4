package org.parley.render.graph;

import java.util.Objects;

/**
 * Two actors involved in {@code sharedEvents} events together; {@code exchanges} of those are
 * events where both are quoted, i.e. one answered the other. {@code a} sorts before {@code b}.
 */
public record ActorLink(String a, String b, int sharedEvents, int exchanges) {
    public ActorLink {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.compareTo(b) >= 0) {
            throw new IllegalArgumentException("link ends must be distinct and ordered: " + a + ", " + b);
        }
    }

    public int weight() {
        return sharedEvents;
    }

    public boolean touches(String id) {
        return a.equals(id) || b.equals(id);
    }

    public String other(String id) {
        return a.equals(id) ? b : a;
    }
}
