package org.parley.model;

import java.util.Optional;

/** What sort of thing a position on the table is. */
public enum PositionKind {
    DEMAND("demand", "Demand"),
    OFFER("offer", "Offer"),
    CONDITION("condition", "Condition"),
    RED_LINE("red-line", "Red line");

    private final String id;
    private final String label;

    PositionKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The written form in the exchange format and the store. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<PositionKind> byId(String id) {
        return Ids.byId(values(), id, PositionKind::id);
    }
}
