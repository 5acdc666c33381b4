package org.parley.store;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.Span;

/**
 * One search result. Ids that do not apply to the kind are empty strings: an EVENT hit has an
 * event id; a QUOTE hit has quote, event and source ids and the quote's span; a PASSAGE hit has a
 * source id and the paragraph's span in that source's text.
 *
 * <p>{@code snippet} is a short excerpt with every matched term enclosed in « and », and … where
 * text was left out. {@code score} is FTS5's bm25: lower is better; hits come best first. A search with too many
 * matches to rank lists them in the dataset's order, unscored: their score is 0.
 */
public record SearchHit(Kind kind, String eventId, String quoteId, String sourceId, String label,
                        String snippet, Optional<Span> span, double score) {

    public enum Kind {
        EVENT, QUOTE, PASSAGE
    }

    public static final String MARK_START = "«";
    public static final String MARK_END = "»";

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        eventId = eventId == null ? "" : eventId;
        quoteId = quoteId == null ? "" : quoteId;
        sourceId = sourceId == null ? "" : sourceId;
        label = label == null ? "" : label;
        snippet = snippet == null ? "" : snippet;
        Objects.requireNonNull(span, "span");
    }
}
