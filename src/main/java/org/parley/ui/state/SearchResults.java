package org.parley.ui.state;

import org.parley.model.CountText;
import org.parley.store.ParleyStore;

import java.util.List;
import java.util.Set;

/**
 * What a search found, in the explorer's terms: the hits to list, and the events and source spans
 * to highlight. Built off the JavaFX thread from the store's hits. Only the best hits are listed;
 * {@code matches} counts what the whole index matches, so a view can say when the list is not all of it.
 * {@code suggestion} is, when nothing was found, the query with its misspelt words mended, if that
 * finds something ("Stoltenbreg" → "Stoltenberg"); else "".
 * {@code counting}: {@code matches} is not all yet but what is known so far, never more than there are; the count of a
 * person's events beyond the list is being made (it reads every match: up to 0.16 s at 100,000 events, past the 20 ms
 * a search may take), or with NOT of the text's matches (decision 0147), and results with the whole count follow.
 * {@code unranked}: the hits are the first in the dataset's order, too many having matched to rank them, as the store
 * found when it searched; with NOT fewer than that may be left, so the count alone cannot tell.
 */
public record SearchResults(String query, List<Hit> hits, Set<String> eventIds, int matches, String suggestion,
                            boolean counting, boolean unranked) {

    /** The query as a summary repeats it, on one line and cut at a word: a pasted paragraph would push everything else out of sight. */
    public String shownQuery() {
        // Controls and bidirectional overrides search for nothing, and shown they turned the rest of the status line backwards.
        String line = query.replaceAll("[\\p{Cc}\u202A-\u202E\u2066-\u2069]", " ").strip().replaceAll("\\s+", " ");
        if (line.length() <= 60) {
            return line;
        }
        int space = line.lastIndexOf(' ', 59);
        return line.substring(0, space > 30 ? space : 59) + "\u2026";
    }

    /** The shown query in quotation marks, unless it has its own pairs: a phrase search reads "central impasse", not “"central impasse"”. */
    public String quotedQuery() {
        String shown = shownQuery();
        // A phrase in its own quotes is shown as typed; an unpaired quote ("NATO) read as a stray mark there.
        long quotes = shown.chars().filter(c -> c == '"').count();
        return quotes > 0 && quotes % 2 == 0 ? shown : "\u201C" + shown + "\u201D";
    }


    public static final SearchResults NONE = new SearchResults("", List.of(), Set.of());

    public SearchResults {
        suggestion = suggestion == null ? "" : suggestion;
        hits = List.copyOf(hits);
        eventIds = Set.copyOf(eventIds);
        matches = Math.max(matches, listed(hits));
    }

    public SearchResults(String query, List<Hit> hits, Set<String> eventIds, int matches, String suggestion,
                         boolean counting) {
        this(query, hits, eventIds, matches, suggestion, counting, false);
    }

    public SearchResults(String query, List<Hit> hits, Set<String> eventIds, int matches, String suggestion) {
        this(query, hits, eventIds, matches, suggestion, false);
    }

    public SearchResults(String query, List<Hit> hits, Set<String> eventIds, int matches) {
        this(query, hits, eventIds, matches, "");
    }

    /** These results with the whole count, once made: {@code matches} all that match. */
    public SearchResults counted(int all) {
        return new SearchResults(query, hits, eventIds, all, suggestion, false, unranked);
    }

    /**
     * How a summary says the count: "1,234", or while {@link #counting} "at least 1,234" (what is known), never a
     * number the whole count could prove wrong.
     */
    public String matchesSaid() {
        return (counting ? "at least " : "") + CountText.number(matches);
    }

    /** Every match listed: the totals are what the hits hold. */
    public SearchResults(String query, List<Hit> hits, Set<String> eventIds) {
        this(query, hits, eventIds, 0);
    }

    /** The hits a list shows (a passage's further "match" spans are marks, not hits). */
    public int listed() {
        return listed(hits);
    }

    /** Whether more matched than the hits list, or may have while the count is made. */
    public boolean isCapped() {
        return counting || matches > listed();
    }

    /** Whether the list holds the first matches in the dataset's order, not the best: too many matched to rank. */
    public boolean isUnranked() {
        return isCapped() && (unranked || matches > ParleyStore.RANKED_AT_MOST);
    }

    /** What an unranked list is, after its count: the views say it in the same words. */
    public static final String UNRANKED = "in the dataset's order (too many to rank: add a word to narrow them)";

    private static int listed(List<Hit> hits) {
        return (int) hits.stream().filter(h -> !h.kind().equals("match")).count();
    }

    /**
     * One hit: what it is, its label and snippet, the event it belongs to, where in which source,
     * and for an actor found by name, which actor.
     */
    public record Hit(String kind, String label, String snippet, String eventId, String sourceId, int start, int end,
                      String actorId) {

        /** A hit in the full-text index: an event, a quote or a passage. */
        public Hit(String kind, String label, String snippet, String eventId, String sourceId, int start, int end) {
            this(kind, label, snippet, eventId, sourceId, start, end, "");
        }

        /** An actor whose name or other names answer the search. */
        public static Hit actor(String actorId, String name, String snippet) {
            return new Hit("actor", name, snippet, "", "", -1, -1, actorId);
        }
    }
}
