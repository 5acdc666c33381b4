package org.parley.model;

import java.util.Objects;

/** An actor's part in an event, e.g. "host", "speaker", "head of delegation". */
public record Participant(String actor, String role) {
    public Participant {
        Objects.requireNonNull(actor, "actor");
        role = role == null ? "" : role;
    }
}
