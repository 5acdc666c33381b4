package org.parley.store;

import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code parley check} found: SQLite's own integrity check of every page and index, the
 * full-text index's consistency, and whether the stored data still has the content hash recorded
 * when it was imported. Each list is empty when that part is sound. {@code changes} says the data
 * was changed by another program since and is still sound (a title fixed in the sqlite3 shell):
 * the user's own edit, kept or undone as they choose, not damage for a backup to mend.
 */
public record Health(List<String> pageProblems, List<String> searchIndexProblems, List<String> dataProblems,
                     List<String> changes) {
    public Health {
        pageProblems = List.copyOf(pageProblems);
        searchIndexProblems = List.copyOf(searchIndexProblems);
        dataProblems = List.copyOf(dataProblems);
        changes = List.copyOf(changes);
    }

    public Health(List<String> pageProblems, List<String> searchIndexProblems, List<String> dataProblems) {
        this(pageProblems, searchIndexProblems, dataProblems, List.of());
    }

    public boolean ok() {
        return pageProblems.isEmpty() && searchIndexProblems.isEmpty() && dataProblems.isEmpty() && changes.isEmpty();
    }

    /** Damage a rebuilt search index does not mend: only a backup brings the data back. */
    public boolean dataDamaged() {
        return !pageProblems.isEmpty() || !dataProblems.isEmpty();
    }

    /** Sound data another program changed since it was imported, and nothing damaged. */
    public boolean changedOutside() {
        return !changes.isEmpty() && !dataDamaged();
    }

    public Health withDataProblems(List<String> more) {
        return new Health(pageProblems, searchIndexProblems, Stream.concat(dataProblems.stream(), more.stream()).toList(),
                changes);
    }

    public Health withChanges(List<String> more) {
        return new Health(pageProblems, searchIndexProblems, dataProblems, Stream.concat(changes.stream(), more.stream()).toList());
    }
}
