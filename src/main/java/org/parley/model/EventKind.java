package org.parley.model;

import java.util.Optional;

/** What sort of thing happened; drives the mark's shape and colour. */
public enum EventKind {
    MEETING("meeting", "Meeting"),
    STATEMENT("statement", "Statement"),
    BRIEFING("briefing", "Press briefing"),
    PROPOSAL("proposal", "Proposal or demand"),
    MILITARY("military", "Military activity"),
    REACTION("reaction", "Reaction"),
    DECISION("decision", "Decision or declaration"),
    CONFLICT("conflict", "Armed conflict"),
    ECONOMY("economy", "Economy and energy");

    private final String id;
    private final String label;

    EventKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<EventKind> byId(String id) {
        return Ids.byId(values(), id, EventKind::id);
    }
}
