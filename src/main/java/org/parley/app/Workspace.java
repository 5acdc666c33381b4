package org.parley.app;

import org.jspecify.annotations.Nullable;
import org.parley.seed.DatasetException;
import org.parley.seed.LoadedDataset;
import org.parley.seed.SeedBundle;
import org.parley.store.DataPaths;
import org.parley.store.DatasetInfo;
import org.parley.store.ImportResult;
import org.parley.store.Origin;
import org.parley.store.ParleyStore;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * An open database plus the rule for seeding it: an empty database gets the bundled seeds; a
 * database still holding an older version of the seeds is brought up to date; a dataset the user
 * imported is never overwritten by curated data.
 */
public final class Workspace implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Workspace.class.getName());

    private final ParleyStore store;

    private Workspace(ParleyStore store) {
        this.store = store;
    }

    /** Opens {@code dbFile}, or the platform's default database when it is null. */
    public static Workspace open(@Nullable Path dbFile) {
        Path file = dbFile != null ? dbFile : DataPaths.system().ensureDataDir().resolve(DataPaths.DATABASE_FILE);
        return new Workspace(ParleyStore.open(file));
    }

    public ParleyStore store() {
        return store;
    }

    /** What {@link #ensureSeeded} did. */
    public enum SeedOutcome { SEEDED, UPDATED, UP_TO_DATE, USER_DATA_KEPT }

    /** Seeds an empty database, refreshes stale seeds, and leaves a user's own dataset alone. */
    public SeedOutcome ensureSeeded(SeedBundle bundle) throws DatasetException {
        Optional<DatasetInfo> info = store.info();
        if (info.isPresent() && info.get().origin() == Origin.USER) {
            return SeedOutcome.USER_DATA_KEPT;
        }
        LoadedDataset seeds = bundle.load();
        ImportResult result = store.importDataset(seeds.dataset(), seeds.contentHash(), Origin.SEED);
        SeedOutcome outcome = switch (result.outcome()) {
            case IMPORTED -> SeedOutcome.SEEDED;
            case REPLACED -> SeedOutcome.UPDATED;
            case UNCHANGED -> SeedOutcome.UP_TO_DATE;
        };
        if (outcome != SeedOutcome.UP_TO_DATE) {
            LOG.info(() -> "Seeded " + store.file() + " from " + bundle.origin() + ": " + outcome);
        }
        return outcome;
    }

    @Override
    public void close() {
        store.close();
    }
}
