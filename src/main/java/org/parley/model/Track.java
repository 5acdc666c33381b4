package org.parley.model;

import java.util.Optional;

/** The lane an event belongs to on the timeline. Declaration order is lane order. */
public enum Track {
    GENEVA_TALKS("geneva-talks", "Geneva talks"),
    NATO_RUSSIA_COUNCIL("nato-russia-council", "NATO–Russia meeting"),
    OSCE_VIENNA("osce-vienna", "OSCE Vienna"),
    RUSSIAN_MILITARY("russian-military", "Russian military"),
    ALLIES_REACTIONS("allies-reactions", "Reactions and comment"),
    BACKGROUND("background", "Background");

    private final String id;
    private final String label;

    Track(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Track> byId(String id) {
        return Ids.byId(values(), id, Track::id);
    }
}
