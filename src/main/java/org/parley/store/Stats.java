package org.parley.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A summary of what the store holds: rows per table (in schema order), the events' date range as
 * the text a person reads (earliest start, latest last period; empty when there are no events),
 * and the sources.
 */
public record Stats(Map<String, Long> rowCounts, Optional<String> firstStart, Optional<String> lastEnd,
                    List<SourceSummary> sources) {

    public record SourceSummary(String id, String publisher, String title) {
    }

    public Stats {
        rowCounts = Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts));
        sources = List.copyOf(sources);
    }

    /** Rows in {@code table}; 0 for a table the store does not have. */
    public long count(String table) {
        return rowCounts.getOrDefault(table, 0L);
    }
}
