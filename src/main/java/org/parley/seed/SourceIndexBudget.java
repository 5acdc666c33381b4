package org.parley.seed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the indexes of the sources quoted last within a budget of source characters (an index
 * costs about eight bytes a character), dropping the least recently quoted first. A budget in
 * characters rather than in sources lets a dataset of a thousand short articles keep every index,
 * where a count of sources made evidence that quotes them in turn build an index for nearly every
 * lookup, which costs more than the scan it saves.
 */
final class SourceIndexBudget {
    /** About 64 MB of index at most. */
    static final long CHARS = 1L << 23;

    private final long budget;
    private final Map<IndexedSource, Boolean> recent = new LinkedHashMap<>(128, 0.75f, true);
    private long chars;

    SourceIndexBudget(long budget) {
        this.budget = budget;
    }

    /** {@code source} is being quoted: it becomes the most recent; the oldest lose their index while over budget. */
    void used(IndexedSource source) {
        if (recent.put(source, Boolean.TRUE) == null) {
            chars += source.length();
        }
        var oldest = recent.keySet().iterator();
        while (chars > budget && recent.size() > 1) {
            IndexedSource dropped = oldest.next();
            oldest.remove();
            chars -= dropped.length();
            dropped.forget();
        }
    }

    /** Characters of the sources now kept (for tests). */
    long chars() {
        return chars;
    }
}
