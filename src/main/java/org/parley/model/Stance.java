package org.parley.model;

import java.util.List;
import java.util.Objects;

/** One party's stance towards a position, with the passages that say so. */
public record Stance(String actor, StanceKind stance, List<Evidence> evidence) {
    public Stance {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(stance, "stance");
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
    }
}
