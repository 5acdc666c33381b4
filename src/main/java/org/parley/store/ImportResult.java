package org.parley.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import did. {@code previous} is the dataset that was held before (empty when the store
 * was empty); {@code current} is the one held now; {@code backup}, the copy of what was held before,
 * when one was kept, so whoever asked for the import can say where it is.
 */
public record ImportResult(Outcome outcome, Optional<DatasetInfo> previous, DatasetInfo current, Optional<Path> backup) {

    public enum Outcome {
        /** The store was empty and now holds the dataset. */
        IMPORTED,
        /** Another dataset was held; it has been replaced. */
        REPLACED,
        /** The same content (same hash) was already held; nothing was written. */
        UNCHANGED
    }

    public ImportResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(backup, "backup");
    }

    public ImportResult(Outcome outcome, Optional<DatasetInfo> previous, DatasetInfo current) {
        this(outcome, previous, current, Optional.empty());
    }

    /** This result, saying that what was held before is kept as {@code copy}. */
    public ImportResult withBackup(Path copy) {
        return new ImportResult(outcome, previous, current, Optional.of(copy));
    }

    public boolean changed() {
        return outcome != Outcome.UNCHANGED;
    }
}
