package org.parley.seed;

import org.parley.model.Span;

/**
 * Locates many texts in one source, as {@link EvidenceLocator#locate} does: the first by a scan,
 * the rest through a {@link GramIndex} built once, so a source quoted by a hundred events is not
 * scanned a hundred times. A text not found exactly once, or one the index cannot settle, is left
 * to the scan, which says what is wrong; so no lookup costs more than a scan and a bounded check.
 * A source is indexed up to the whole {@link SourceIndexBudget}: 2,000 passages of a 5 MB report
 * had taken 23 s of scans when only sources up to 1 MiB were. Longer ones are only scanned.
 *
 * <p>A text that is not in the source is said to be missing at once when the index can tell, and
 * only the first {@link #NEAR_MISSES} missing texts are explained with what they almost match: each
 * explanation scans the whole source three more times, and 5,000 invented passages against a 1 MB
 * source had kept {@code validate} busy for a minute before it said a word.
 */
final class IndexedSource {
    static final int MAX_INDEXED_CHARS = (int) SourceIndexBudget.CHARS;
    static final int NEAR_MISSES = 100;

    private final String source;
    private GramIndex index;
    private int lookups;
    private int missing;

    IndexedSource(String source) {
        this.source = source;
    }

    TextMatch locate(String text) {
        if (index == null && ++lookups > 1 && source.length() <= MAX_INDEXED_CHARS) {
            index = new GramIndex(source);
        }
        if (index != null) {
            int[] first = new int[1];
            int occurrences = index.occurrences(text, first);
            if (occurrences == 1) {
                return new TextMatch.Found(new Span(first[0], first[0] + text.length()));
            }
            if (occurrences == 0 && missing >= NEAR_MISSES) {
                return new TextMatch.Missing("");
            }
        }
        TextMatch match = EvidenceLocator.locate(source, text, missing < NEAR_MISSES);
        if (match instanceof TextMatch.Missing) {
            missing++;
        }
        return match;
    }

    int length() {
        return source.length();
    }

    /** Whether an index is held now. */
    boolean indexed() {
        return index != null;
    }

    /**
     * Drops the index, so that only recently used sources hold one. It is built again only after
     * two more lookups, so that sources quoted in turn fall back to scans rather than to an index
     * built for every lookup, which costs more than a scan.
     */
    void forget() {
        index = null;
        lookups = 0;
    }
}
