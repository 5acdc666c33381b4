package org.parley.model;

import java.util.Optional;

/** The camp an actor speaks for; the actor panel groups by it. */
public enum ActorGroup {
    UNITED_STATES("united-states", "United States"),
    NATO_AND_ALLIES("nato-allies", "NATO and allies"),
    RUSSIA("russia", "Russia"),
    OSCE_EU("osce-eu", "OSCE/EU"),
    COMMENTATORS("commentators", "Commentators"),
    PRESS("press", "Press"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    ActorGroup(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<ActorGroup> byId(String id) {
        return Ids.byId(values(), id, ActorGroup::id);
    }
}
