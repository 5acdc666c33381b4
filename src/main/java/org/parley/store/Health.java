package org.parley.store;

import java.util.List;

/**
 * What {@code parley check} found: SQLite's own integrity check of every page and index, the
 * full-text index's consistency, and whether the stored data still has the content hash recorded
 * when it was imported. Each list is empty when that part is sound.
 */
public record Health(List<String> pageProblems, List<String> searchIndexProblems, List<String> dataProblems) {
    public Health {
        pageProblems = List.copyOf(pageProblems);
        searchIndexProblems = List.copyOf(searchIndexProblems);
        dataProblems = List.copyOf(dataProblems);
    }

    public boolean ok() {
        return pageProblems.isEmpty() && searchIndexProblems.isEmpty() && dataProblems.isEmpty();
    }

    /** Damage a rebuilt search index does not mend: only a backup brings the data back. */
    public boolean dataDamaged() {
        return !pageProblems.isEmpty() || !dataProblems.isEmpty();
    }

    public Health withDataProblems(List<String> more) {
        return new Health(pageProblems, searchIndexProblems,
                java.util.stream.Stream.concat(dataProblems.stream(), more.stream()).toList());
    }
}
