package org.parley.store;

import java.time.Instant;
import java.util.Objects;

/** What the store knows about the dataset it holds, without loading it. */
public record DatasetInfo(String title, String contentHash, Origin origin, Instant importedAt) {
    public DatasetInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(importedAt, "importedAt");
    }
}
