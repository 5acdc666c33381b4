package org.parley.layout;

import java.util.Objects;

/** Two actors who appear in {@code weight} events together. */
public record GraphEdge(String a, String b, double weight) {
    public GraphEdge {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (!(weight > 0)) {
            throw new IllegalArgumentException("edge " + a + "–" + b + " needs a positive weight: " + weight);
        }
    }
}
