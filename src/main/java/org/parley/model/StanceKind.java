package org.parley.model;

import java.util.Optional;

/** A party's stance towards a position, as the papers report it. */
public enum StanceKind {
    PROPOSES("proposes", "Proposes"),
    SUPPORTS("supports", "Supports"),
    ACCEPTS("accepts", "Accepts"),
    REJECTS("rejects", "Rejects"),
    NO_COMMITMENT("no-commitment", "No commitment"),
    COUNTER_OFFER("counter-offer", "Counter-offer"),
    RESERVATIONS("reservations", "Has reservations");

    private final String id;
    private final String label;

    StanceKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** A party's stance towards a position, as the papers report it. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<StanceKind> byId(String id) {
        return Ids.byId(values(), id, StanceKind::id);
    }
}
