package org.parley.model;

import java.util.Optional;

/** What the papers say of an event as of their date: that it happened, or only that it is planned, expected, conditional, threatened or denied. */
public enum Modality {
    HAPPENED("happened", "Happened"),
    SCHEDULED("scheduled", "Scheduled"),
    EXPECTED("expected", "Expected"),
    CONDITIONAL("conditional", "Conditional"),
    THREATENED("threatened", "Threatened"),
    DENIED("denied", "Denied");

    private final String id;
    private final String label;

    Modality(String id, String label) {
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

    public static Optional<Modality> byId(String id) {
        return Ids.byId(values(), id, Modality::id);
    }
}
