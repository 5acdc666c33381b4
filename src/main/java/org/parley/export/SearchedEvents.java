package org.parley.export;

import java.util.Set;

/**
 * The events a search found, for an export that keeps to them: the words searched for, as the exported
 * files name them ("found by the search “Sherman”"), and the ids of the events its matches belong to. A
 * search rings its events and hides none, so an export keeps to them only when asked (decision 0140).
 */
public record SearchedEvents(String query, Set<String> eventIds) {

    public SearchedEvents {
        eventIds = Set.copyOf(eventIds);
    }

    /** The search named on one line: the search “Sherman”. */
    public String name() {
        String line = query.replaceAll("[\\p{Cc}\u202A-\u202E\u2066-\u2069]", " ").strip().replaceAll("\\s+", " ");
        return "the search \u201C" + line + "\u201D";
    }

    /** The search in the words of an export's note and of the export dialog: found by the search “Sherman”. */
    public String words() {
        return "found by " + name();
    }
}
