package org.parley.seed;

import java.util.Objects;
import org.parley.model.Dataset;

/**
 * A dataset as read, with its {@link ContentHash} (canonical JSON and source texts), so the store
 * can tell a re-import of unchanged data, and where it came from, for messages.
 */
public record LoadedDataset(Dataset dataset, String contentHash, String origin) {
    public LoadedDataset {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(origin, "origin");
    }
}
