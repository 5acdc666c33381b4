package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * Which reporting an event must have: any, a given paper's, every paper's ("both"), or exactly
 * one paper's ("only one") — the researcher's way to see what one paper told and the other did not.
 */
public record SourceFilter(Mode mode, String sourceId) {

    public enum Mode { ANY, INCLUDES, ALL_SOURCES, SINGLE_SOURCE }

    public static final SourceFilter ANY = new SourceFilter(Mode.ANY, "");
    public static final SourceFilter ALL_SOURCES = new SourceFilter(Mode.ALL_SOURCES, "");
    public static final SourceFilter SINGLE_SOURCE = new SourceFilter(Mode.SINGLE_SOURCE, "");

    public SourceFilter {
        Objects.requireNonNull(mode, "mode");
        sourceId = sourceId == null ? "" : sourceId;
    }

    public static SourceFilter includes(String sourceId) {
        return new SourceFilter(Mode.INCLUDES, sourceId);
    }

    public boolean test(Event event, int sourceCount) {
        return test(event.evidence(), sourceCount);
    }

    /**
     * Whether passages of these papers meet the filter: an event's, or a stance's, which a paper's
     * reporting of the event does not vouch for.
     */
    public boolean test(List<Evidence> passages, int sourceCount) {
        return switch (mode) {
            case ANY -> true;
            case INCLUDES -> passages.stream().anyMatch(e -> e.source().equals(sourceId));
            case ALL_SOURCES -> reporting(passages) >= sourceCount;
            case SINGLE_SOURCE -> reporting(passages) == 1;
        };
    }

    /**
     * Whether a quotation printed by {@code source} is one the filter shows with a kept event: filtered to
     * one paper, that paper's only, as the positions board shows that paper's stances alone; a quotation is
     * one paper's words, so "both papers" and "only one paper" keep every quotation of the events they keep.
     * The one rule for the slides, the handout and the exports.
     */
    public boolean keepsQuoteFrom(String source) {
        return mode != Mode.INCLUDES || sourceId.equals(source);
    }

    private static long reporting(List<Evidence> passages) {
        return passages.stream().map(Evidence::source).distinct().count();
    }
}
