package org.parley.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What an import did. {@code previous} is the dataset that was held before (empty when the store
 * was empty); {@code current} is the one held now.
 */
public record ImportResult(Outcome outcome, Optional<DatasetInfo> previous, DatasetInfo current) {

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
    }

    public boolean changed() {
        return outcome != Outcome.UNCHANGED;
    }
}
