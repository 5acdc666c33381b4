package org.parley.ui.state;

import java.util.List;
import java.util.Set;

/**
 * What a search found, in the explorer's terms: the hits to list, and the events and source spans
 * to highlight. Built off the JavaFX thread from the store's hits.
 */
public record SearchResults(String query, List<Hit> hits, Set<String> eventIds) {

    public static final SearchResults NONE = new SearchResults("", List.of(), Set.of());

    public SearchResults {
        hits = List.copyOf(hits);
        eventIds = Set.copyOf(eventIds);
    }

    /** One hit: what it is, its label and snippet, the event it belongs to, and where in which source. */
    public record Hit(String kind, String label, String snippet, String eventId, String sourceId, int start, int end) {
    }
}
