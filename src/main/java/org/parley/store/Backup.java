package org.parley.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One backup of a database: its file, when it was made, and what dataset it holds (empty when the
 * file cannot be read as a Parley database).
 */
public record Backup(Path file, Instant made, long bytes, Optional<DatasetInfo> dataset, long events) {

    /** The name a user passes to {@code parley backups --restore}. */
    public String name() {
        return file.getFileName().toString();
    }

    /** Neither a damaged copy nor unreadable: one that can be restored. */
    public boolean sound() {
        return !damaged() && dataset.isPresent();
    }

    /** Made from a database that failed its check (before a repair or a restore): never preferred to a sound one. */
    public boolean damaged() {
        return name().endsWith(Backups.DAMAGED + ".db");
    }
}
