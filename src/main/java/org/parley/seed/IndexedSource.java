package org.parley.seed;

import org.parley.model.Span;

/**
 * Locates many texts in one source, as {@link EvidenceLocator#locate} does: the first by a scan,
 * the rest through a {@link SuffixArray} built once, so a source quoted by a hundred events is not
 * scanned a hundred times. A text not found exactly once is located by the scan again, which says
 * what is wrong. Very long sources are only scanned, as their index would not fit in memory.
 */
final class IndexedSource {
    static final int MAX_INDEXED_CHARS = 8 << 20;

    private final String source;
    private SuffixArray index;
    private int lookups;

    IndexedSource(String source) {
        this.source = source;
    }

    TextMatch locate(String text) {
        if (index == null && ++lookups > 1 && source.length() <= MAX_INDEXED_CHARS) {
            index = new SuffixArray(source);
        }
        if (index != null && !text.isEmpty()) {
            int at = index.onlyOccurrence(text);
            if (at >= 0) {
                return new TextMatch.Found(new Span(at, at + text.length()));
            }
        }
        return EvidenceLocator.locate(source, text);
    }
}
