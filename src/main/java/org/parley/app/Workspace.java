package org.parley.app;

import org.parley.model.Dataset;
import org.parley.model.WriteProgress;
import org.parley.seed.ContentHash;
import org.jspecify.annotations.Nullable;
import org.parley.seed.DatasetException;
import org.parley.seed.LoadedDataset;
import org.parley.seed.Printable;
import org.parley.seed.SeedBundle;
import org.parley.store.Backup;
import org.parley.store.Backups;
import org.parley.store.DataPaths;
import org.parley.store.DatasetChangedMeanwhile;
import org.parley.store.DatasetInfo;
import org.parley.store.Health;
import org.parley.store.ImportResult;
import org.parley.store.Origin;
import org.parley.store.ParleyStore;
import org.parley.store.Stats;
import org.parley.store.StoreException;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.function.LongSupplier;

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
        return new Workspace(ParleyStore.open(databaseFile(dbFile)));
    }

    /** {@link #open}, for a command that only reads: see {@link ParleyStore#openToRead}. */
    public static Workspace openToRead(@Nullable Path dbFile) {
        return new Workspace(ParleyStore.openToRead(databaseFile(dbFile)));
    }

    /** {@code dbFile}, or the platform's default database when it is null (its folder is created). */
    public static Path databaseFile(@Nullable Path dbFile) {
        return dbFile != null ? dbFile : DataPaths.system().ensureDataDir().resolve(DataPaths.DATABASE_FILE);
    }

    /** See {@link ParleyStore#stopWrites}: from any thread, as the app quits. */
    public void stopWrites() {
        store.stopWrites();
    }

    public ParleyStore store() {
        return store;
    }

    /**
     * What {@link #ensureSeeded} did. {@code DAMAGED_KEPT}: the database holds a dataset's rows but
     * not its record, so nothing tells whose data it is; it is left for {@code check} and
     * {@code repair} rather than taken for a new database and seeded over. {@code EDITED_KEPT}: newer
     * seeds are bundled, but the stored week is no longer as an earlier Parley put it there (another
     * program changed it, or it cannot be read back), so it is kept; {@code UNSAVED_KEPT}: the stored
     * week could not be backed up, so it is kept rather than replaced without a copy.
     */
    public enum SeedOutcome {
        SEEDED, UPDATED, UP_TO_DATE, USER_DATA_KEPT, EDITED_KEPT, UNSAVED_KEPT, DAMAGED_KEPT, READ_ONLY_KEPT
    }

    /** What {@link #check} reports for a database that lost its dataset's record but kept the rows. */
    public static final String RECORD_LOST = "the database holds a dataset's sources, events or actors but not the record "
            + "of the dataset they belong to";

    /**
     * Seeds an empty database, refreshes stale seeds, and leaves a user's own dataset alone. Stale
     * seeds are replaced only when they are exactly what an earlier Parley stored (their content
     * still has the hash recorded with them), and only after a backup: the week edited in the
     * sqlite3 shell and not yet kept was replaced unasked. File → Restore the bundled week still puts
     * the newer week in when the user chooses it (backing up what is there first).
     */
    public SeedOutcome ensureSeeded(SeedBundle bundle) throws DatasetException {
        return ensureSeeded(bundle, false);
    }

    private SeedOutcome ensureSeeded(SeedBundle bundle, boolean retried) throws DatasetException {
        Optional<DatasetInfo> info = store.info();
        if (info.isPresent() && info.get().origin() == Origin.USER) {
            return SeedOutcome.USER_DATA_KEPT;
        }
        if (info.isPresent() && store.isReadOnly()) {
            // Shown as it is: newer seeds cannot be written into a database that cannot be written.
            return SeedOutcome.READ_ONLY_KEPT;
        }
        if (info.isEmpty() && !store.isBlank()) {
            LOG.warning(() -> "Not seeding " + store.file() + ": " + RECORD_LOST);
            return SeedOutcome.DAMAGED_KEPT;
        }
        if (info.isEmpty() && store.isReadOnly()) {
            // Left by an import stopped before it finished (its log still beside it, so a reading command
            // opens it without writing): "read-only" sent a user looking at permissions that were fine.
            throw new StoreException(store.file() + " holds no dataset: an import into it was stopped "
                    + "before it finished, or it is empty, and this command only reads. Import into it with \"parley "
                    + "import --db " + store.file() + "\" (the bundled week) or with a dataset's path; nothing was changed.");
        }
        // The bundle's own bytes tell whether the stored seeds are current; reading them costs far more.
        String fingerprint = bundle.fingerprint();
        if (info.isPresent() && store.bundleFingerprint().filter(fingerprint::equals).isPresent()) {
            return SeedOutcome.UP_TO_DATE;
        }
        if (info.isPresent() && !storedAsImported(info.get())) {
            LOG.warning(() -> "Newer seeds are bundled, but the week in " + store.file() + " was changed since it was "
                    + "imported, so it is kept as it is (\"parley check\" says what changed; File → Restore the bundled week "
                    + "puts the newer week in, backing up the changed one first)");
            return SeedOutcome.EDITED_KEPT;
        }
        LoadedDataset seeds = bundle.load();
        boolean replaces = info.isPresent() && !info.get().contentHash().equals(seeds.contentHash());
        ParleyStore.BackupTaken backup = null;
        if (replaces) {
            try {
                backup = store.backupBeforeChange();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Newer seeds are bundled, but " + store.file()
                        + " could not be backed up, so its week is kept as it is", e);
                return SeedOutcome.UNSAVED_KEPT;
            }
        }
        ImportResult result;
        try {
            result = store.importDatasetOver(info, seeds.dataset(), seeds.contentHash(), Origin.SEED);
        } catch (DatasetChangedMeanwhile e) {
            store.discard(backup);
            // Another program imported while the seeds were read: what it wrote is looked at afresh, never seeded over.
            if (retried) {
                throw e;
            }
            return ensureSeeded(bundle, true);
        } catch (RuntimeException | Error e) {
            // Rolled back: the database is as it was, and the copy made for this refresh is not wanted.
            store.discard(backup);
            throw e;
        }
        store.settle(backup);
        if (backup != null) {
            Path kept = backup.path();
            LOG.info(() -> "Backed up " + store.file() + " to " + kept + " before putting the newer bundled week in");
        }
        store.recordBundleFingerprint(fingerprint);
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

    /**
     * Whether the stored dataset's content still has the hash recorded when it was imported: the
     * week an earlier Parley stored, not edited since by another program. Read only when newer
     * seeds are bundled, so an up-to-date start reads nothing more.
     */
    private boolean storedAsImported(DatasetInfo info) {
        try {
            return ContentHash.of(store.loadDataset()).equals(info.contentHash());
        } catch (RuntimeException e) {
            // Rows that cannot be read back are left for check and repair, whose backups are the way back.
            LOG.log(Level.WARNING, "Could not read back the week in " + store.file(), e);
            return false;
        }
    }

    /**
     * Puts the bundled week back, as {@link #replaceDataset(LoadedDataset, Origin, String)}, and notes
     * which bundle it came from ({@link SeedBundle#fingerprint()}): otherwise the next start reads and hashes the bundle again to know,
     * and writes that note then, which every other window on the file takes for a change.
     */
    public ImportResult replaceWithSeeds(String bundleFingerprint, LoadedDataset seeds, @Nullable String agreedHash) {
        ImportResult result = replaceDataset(seeds, Origin.SEED, agreedHash);
        store.recordBundleFingerprint(bundleFingerprint);
        return result;
    }

    /** As above, replacing a user's dataset only if {@code replaceUserData} says so. */
    public ImportResult replaceWithSeeds(String bundleFingerprint, LoadedDataset seeds, boolean replaceUserData) {
        return replaceWithSeeds(bundleFingerprint, seeds, replaceUserData ? ANY : null);
    }

    /**
     * Makes {@code loaded} the stored dataset. A dataset the user imported is replaced only when
     * {@code replaceUserData} says so (else {@link UserDataAtRisk}, nothing changed); whatever is
     * replaced is first backed up, so {@code parley backups} can bring it back.
     */
    public ImportResult replaceDataset(LoadedDataset loaded, Origin origin, boolean replaceUserData) {
        return replaceDataset(loaded, origin, replaceUserData, WriteProgress.NONE);
    }

    /** As above, telling {@code progress} what the write is doing and how many records are in. */
    public ImportResult replaceDataset(LoadedDataset loaded, Origin origin, boolean replaceUserData,
                                       WriteProgress progress) {
        return replaceDataset(loaded, origin, replaceUserData ? ANY : null, progress);
    }

    /** What {@link #replaceDataset(LoadedDataset, Origin, String)} takes for "whatever user's dataset is there". */
    private static final String ANY = "";

    /**
     * As {@link #replaceDataset(LoadedDataset, Origin, boolean)}, replacing a user's dataset only if
     * it is the one the user agreed to lose: {@code agreedHash} is its content hash as the question
     * named it. Another program's import in the meantime makes it another dataset, and the
     * question is asked again ({@link UserDataAtRisk}) rather than answered for it.
     */
    public ImportResult replaceDataset(LoadedDataset loaded, Origin origin, @Nullable String agreedHash) {
        return replaceDataset(loaded, origin, agreedHash, WriteProgress.NONE);
    }

    /** As above, telling {@code progress} what the write is doing and how many records are in. */
    public ImportResult replaceDataset(LoadedDataset loaded, Origin origin, @Nullable String agreedHash,
                                       WriteProgress progress) {
        store.requireWritable("import into it");
        Optional<DatasetInfo> info = store.info();
        // Rows without their record may be anyone's, the user's too: asked about and backed up as theirs.
        boolean recordLost = info.isEmpty() && !store.isBlank();
        // The week edited in another program and not kept still carries the hash it was imported with:
        // only its rows tell, and "Restore the bundled week" took it for the week and replaced nothing.
        boolean editedSeeds = info.isPresent() && info.get().origin() == Origin.SEED && !storedAsImported(info.get());
        boolean replaces = recordLost || editedSeeds
                || info.isPresent() && !info.get().contentHash().equals(loaded.contentHash());
        boolean agreed = ANY.equals(agreedHash) || (agreedHash != null && info.isPresent()
                && agreedHash.equals(info.get().contentHash()));
        if (!agreed && (recordLost || editedSeeds || replaces && info.get().origin() == Origin.USER)) {
            throw atRisk(info, recordLost, loaded, origin);
        }
        ParleyStore.BackupTaken backup = null;
        if (replaces) {
            if (editedSeeds) {
                // Another program's edit left the search index behind: the copy was then marked damaged, so
                // the user's edits were kept as a "-damaged" backup that rotates away sooner and no repair uses.
                indexUpToDate();
            }
            progress.step(WriteProgress.Step.BACKING_UP, 0);
            ParleyStore.BackupTaken taken = store.backupBeforeChange();
            backup = taken;
            String what = info.map(i -> "\"" + Printable.title(i.title()) + "\"").orElse("a dataset whose record is lost");
            LOG.info(() -> (taken.made() ? "Backed up " : "Already backed up ") + store.file() + " to " + taken.path()
                    + " before replacing " + what);
        }
        ImportResult result;
        try {
            result = store.importDatasetOver(info, loaded.dataset(), loaded.contentHash(), origin, editedSeeds, progress);
        } catch (RuntimeException | Error e) {
            if (!damagedPages()) {
                // The import rolled back: the database is as it was, and a copy of it made for this import is not wanted.
                store.discard(backup);
                throw e;
            }
            result = null;
        }
        // Damaged pages refuse the import, and make "Unchanged" untrue: the dataset goes into sound ones.
        ImportResult done = result == null || (result.outcome() == ImportResult.Outcome.UNCHANGED && damagedPages())
                ? rebuild(loaded, origin, info, backup) : result;
        if (done.outcome() != ImportResult.Outcome.UNCHANGED) {
            ChangeMade.record(store.file() + " holds \"" + Printable.oneLine(loaded.dataset().title()) + "\" now"
                    + (backup != null ? "; what it held before was backed up first" : ""));
        }
        store.settle(backup);
        return backup != null && done.changed() ? done.withBackup(backup.path()) : done;
    }

    /**
     * The question {@link #replaceDataset(LoadedDataset, Origin, String)} would ask before a user's file
     * titled {@code incoming} ("" when not known) replaces what is stored, asked before the file is read:
     * reading 100,000 events takes tens of seconds, and a Cancel then wasted them. The same rules, but for
     * one the file alone can settle: a file holding the very dataset stored would replace nothing, and is
     * asked about here all the same (the answer then changes nothing: "Already imported").
     */
    public Optional<UserDataAtRisk> riskOfImporting(String incoming) {
        store.requireWritable("import into it");
        Optional<DatasetInfo> info = store.info();
        boolean recordLost = info.isEmpty() && !store.isBlank();
        boolean editedSeeds = info.isPresent() && info.get().origin() == Origin.SEED && !storedAsImported(info.get());
        if (!recordLost && !editedSeeds && !(info.isPresent() && info.get().origin() == Origin.USER)) {
            return Optional.empty();
        }
        // Edits are counted only when the bundled week is put back, never for a user's file (see atRisk).
        return Optional.of(atRisk(info, recordLost, incoming, () -> 0L));
    }

    /**
     * The question before {@code loaded} replaces what is stored, naming what would go: the user's edits
     * to so many records when the bundled week is put back over a version of it (the same title), else the
     * dataset and its size; and where the copy made first would be kept. A user's own file of the same
     * title is not measured against: the records it differs in are the file's, not edits, and the
     * question had called a dataset replaced "your edits to 130 records".
     */
    private UserDataAtRisk atRisk(Optional<DatasetInfo> info, boolean recordLost, LoadedDataset loaded, Origin origin) {
        String incoming = loaded.dataset().title();
        return atRisk(info, recordLost, incoming, () -> !recordLost && origin == Origin.SEED
                && info.get().title().equals(incoming) ? editsTo(loaded.dataset()) : 0L);
    }

    private UserDataAtRisk atRisk(Optional<DatasetInfo> info, boolean recordLost, String incoming,
                                  LongSupplier editCount) {
        Stats stats = store.stats();
        long events = stats.count("events");
        long quotes = stats.count("quotes");
        long sources = stats.count("sources");
        long edits = editCount.getAsLong();
        UserDataAtRisk risk;
        if (recordLost) {
            risk = UserDataAtRisk.recordLost(events, quotes, sources, incoming);
        } else if (edits > 0) {
            risk = UserDataAtRisk.edited(info.get(), edits, events, quotes, sources, incoming);
        } else {
            risk = new UserDataAtRisk(info.get(), events, quotes, sources, incoming);
        }
        return risk.keptIn(store.backups().folder());
    }

    /** How many stored records differ from {@code incoming}'s; 0 when the stored data cannot be read back. */
    private long editsTo(Dataset incoming) {
        try {
            return EditedRecords.count(store.loadDataset(), incoming);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not read back " + store.file() + " to count its edits", e);
            return 0;
        }
    }

    private void indexUpToDate() {
        try {
            store.bringSearchIndexUpToDate();
        } catch (RuntimeException e) {
            // Damaged pages: the copy is rightly marked damaged, and the import mends them (rebuild).
            LOG.log(Level.FINE, "Could not bring the search index of " + store.file() + " up to date", e);
        }
    }

    private boolean damagedPages() {
        try {
            return !store.check().pageProblems().isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The dataset the user chose, written into new pages that then replace the damaged file's
     * (as a repair writes the bundled week): an import is the way out that "parley repair"
     * points to when no sound backup exists. The damaged state is kept among the backups first.
     */
    private ImportResult rebuild(LoadedDataset loaded, Origin origin, Optional<DatasetInfo> previous,
                                 ParleyStore.BackupTaken taken) {
        Path kept = taken != null ? taken.path() : store.backup(true);
        store.rebuildDataset(loaded.dataset(), loaded.contentHash(), origin);
        LOG.info(() -> "Wrote \"" + Printable.oneLine(loaded.dataset().title()) + "\" into new pages of the damaged "
                + store.file() + "; the damaged state is kept as " + kept);
        return new ImportResult(previous.isPresent() ? ImportResult.Outcome.REPLACED : ImportResult.Outcome.IMPORTED,
                previous, store.info().orElseThrow());
    }

    /** The store's own checks plus whether the stored data still has the content hash it was imported with. */
    public Health check() {
        return check(null);
    }

    /**
     * As {@link #check()}, hashing {@code loaded} (what {@code store().loadDataset()} just gave, as the
     * window holds it) instead of reading the dataset again; null to read it.
     */
    public Health check(@Nullable Dataset loaded) {
        Health health = store.check();
        if (!health.pageProblems().isEmpty()) {
            return health;
        }
        if (store.isEmpty()) {
            return store.isBlank() ? health : health.withDataProblems(List.of(RECORD_LOST));
        }
        try {
            String stored = store.info().map(DatasetInfo::contentHash).orElse("");
            String actual = loaded != null ? ContentHash.of(loaded) : "";
            if (actual.equals(stored)) {
                return health;
            }
            // What the caller holds may predate another program's import: only the stored data decides.
            Dataset now = store.loadDataset();
            actual = ContentHash.of(now);
            if (actual.equals(stored)) {
                return health;
            }
            String changed = "the stored data was changed since it was imported (content hash " + abbreviate(actual)
                    + " instead of " + abbreviate(stored) + ")";
            // A title fixed in the sqlite3 shell is the user's edit, not damage: a repair undid it unasked.
            List<String> unsound = StoredDataCheck.problems(now);
            if (unsound.isEmpty()) {
                return health.withChanges(List.of(changed + "; every reference holds and every quote is found in its article"));
            }
            return health.withDataProblems(Stream.concat(
                    Stream.of(changed + " and is no longer sound:"), unsound.stream()).toList());
        } catch (RuntimeException e) {
            return health.withDataProblems(List.of("the dataset cannot be read back: " + e.getMessage()));
        }
    }

    /**
     * Makes the data another program changed this dataset's own (see {@link Health#changedOutside}):
     * the database as it is now is backed up first, the search index is rebuilt from the changed data,
     * and its content hash is recorded, so the next check finds it sound. The dataset counts as the
     * user's from then on: newer bundled seeds never replace an edited week unasked.
     * Refuses, changing nothing, when the data is damaged or was not changed.
     */
    public Repair keepChanges() {
        Health health = check();
        if (health.dataDamaged()) {
            throw new StoreException(store.file() + ": the data is damaged, not only changed ("
                    + Printable.oneLine(String.join("; ", health.pageProblems()) + String.join(" ", health.dataProblems()))
                    + "); keeping it would keep the damage. \"parley repair\" restores a sound backup. Nothing was changed.");
        }
        if (health.changes().isEmpty()) {
            return new Repair(false, "Nothing to keep: the data is as it was imported.");
        }
        store.requireWritable("keep the changes");
        Path kept = store.backup(false);
        store.rebuildSearchIndex();
        Dataset now = store.loadDataset();
        store.adoptChangedData(ContentHash.of(now));
        ChangeMade.record(store.file() + " keeps the changes another program made to \"" + Printable.title(now.title())
                + "\"; it was backed up first");
        LOG.info(() -> "Kept the changes made outside Parley to " + store.file() + "; the database as it was is kept as " + kept);
        return new Repair(true, "Kept the changes made outside Parley: the search index was rebuilt and the new content "
                + "recorded; the database as it was is kept as the backup " + kept.getFileName() + ".");
    }

    /**
     * What {@link #repair} would do about {@code health}, in words for the question that offers it;
     * empty when it could do nothing (damaged data that is not the week, and no sound backup), so
     * no one is promised a backup that is not there.
     */
    public Optional<String> repairPlan(Health health) {
        if (health.ok()) {
            return Optional.empty();
        }
        if (!health.dataDamaged()) {
            return Optional.of("Repair rebuilds the search index from the data; nothing else changes.");
        }
        if (!soundBackupsOf(safeInfo()).isEmpty()) {
            return Optional.of("Repair restores the newest sound backup of this dataset (the damaged state is kept as a "
                    + "backup too).");
        }
        return wasSeeds(safeInfo(), health)
                ? Optional.of("Repair imports the bundled week again (the damaged state is kept as a backup too).")
                : Optional.empty();
    }

    /**
     * Rows without their record are someone's data whose origin is lost: never the week over them.
     * Nor when the record cannot be read (a damaged page): a user's dataset was taken for the week and
     * repaired into it. Only a database that holds no rows at all was nobody's.
     */
    private boolean wasSeeds(Optional<DatasetInfo> info, Health health) {
        if (info.isPresent()) {
            return info.get().origin() == Origin.SEED;
        }
        if (health.dataProblems().contains(RECORD_LOST)) {
            return false;
        }
        try {
            return store.isBlank();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** What a repair says of data another program changed, soundly: nothing undone, and the two ways on. */
    public static final String CHANGED_OUTSIDE = "The data was changed outside Parley since it was imported (another "
            + "program, such as the sqlite3 shell), and is sound; nothing was undone. \"parley repair --keep-changes\" keeps "
            + "the changes; \"parley backups --restore NAME\" puts back a backup from before them.";

    /** What {@link #repair} did, in words. */
    public record Repair(boolean changed, String summary) {
    }

    /**
     * Mends what {@link #check} finds: a damaged search index is rebuilt from the data; damaged data
     * is replaced by the newest backup that is sound, or by the bundled seeds when the data was the seeds.
     */
    public Repair repair() throws DatasetException {
        Health health = check();
        if (health.ok()) {
            return new Repair(false, "Nothing to repair: the database is sound.");
        }
        store.requireWritable("repair it");
        if (health.changedOutside()) {
            // Another program's sound edit is the user's to keep or undo: a repair undid it as if it were damage.
            boolean rebuilt = store.bringSearchIndexUpToDate();
            return new Repair(rebuilt, (rebuilt ? "Rebuilt the search index from the stored data. " : "")
                    + CHANGED_OUTSIDE);
        }
        if (!health.dataDamaged()) {
            store.rebuildSearchIndex();
            return new Repair(true, "Rebuilt the search index from the stored data.");
        }
        // Only a copy of the same dataset is a cure: another one put in its place replaced a user's
        // dataset unasked (and repairs repeated then rotated its last copy away). Damaged copies are no cure either.
        Optional<DatasetInfo> held = safeInfo();
        List<Backup> backups = soundBackupsOf(held);
        if (backups.isEmpty() && !wasSeeds(held, health)) {
            throw noCure(health);
        }
        // The damaged state is kept once, marked, so trying several backups cannot push out a sound one.
        Path kept = store.backup(true);
        for (Backup b : backups) {
            try {
                store.restoreWithoutBackup(b, kept);
            } catch (StoreException e) {
                // From a newer Parley, or not to be brought up to date: no cure; the next backup may be.
                LOG.log(Level.INFO, "repair passed over " + b.name() + ": " + e.getMessage(), e);
                continue;
            }
            if (check().ok()) {
                return new Repair(true, "Restored the backup " + b.name() + " (\"" + Printable.title(b.dataset().get().title())
                        + "\", " + b.events() + " events); the damaged state was kept as " + kept.getFileName() + ".");
            }
        }
        Optional<DatasetInfo> info = safeInfo();
        if (!backups.isEmpty()) {
            // None was sound after all: what the database held goes back, so a failed repair changes nothing.
            store.putBack(kept);
            info = safeInfo();
        }
        boolean wasSeeds = wasSeeds(info, health);
        if (wasSeeds) {
            LoadedDataset seeds = SeedBundle.locate().load();
            if (health.pageProblems().isEmpty()) {
                store.rewriteDataset(seeds.dataset(), seeds.contentHash(), Origin.SEED);
            } else {
                // Damaged pages make deleting the old rows fail: the week is written into new pages instead.
                store.rebuildDataset(seeds.dataset(), seeds.contentHash(), Origin.SEED);
            }
            return new Repair(true, "No sound backup; imported the bundled week again (the damaged state was kept as "
                    + kept.getFileName() + ").");
        }
        throw new StoreException(store.file() + ": the data is damaged and no backup of it could be restored ("
                + String.join("; ", health.pageProblems()) + String.join("; ", health.dataProblems())
                + "). Import your dataset again with \"parley import --replace\"; the damaged state was kept as "
                + kept.getFileName() + ".");
    }

    /** The sound backups holding the dataset {@code held} (the same content hash), newest first; none when it is unknown. */
    private List<Backup> soundBackupsOf(Optional<DatasetInfo> held) {
        String hash = held.map(DatasetInfo::contentHash).orElse("");
        return hash.isEmpty() ? List.of() : store.backups().list().stream().filter(Backup::sound)
                .filter(b -> b.dataset().map(DatasetInfo::contentHash).orElse("").equals(hash)).toList();
    }

    /** Why a repair cannot mend damaged data, and the ways out: the newest other dataset's backup, if any, is named. */
    private StoreException noCure(Health health) {
        Optional<Backup> other = store.backups().list().stream().filter(Backup::sound).findFirst();
        String problems = String.join("; ", health.pageProblems()) + String.join("; ", health.dataProblems());
        return new StoreException(store.file() + ": the data is damaged (" + problems
                + ") and no sound backup holds this dataset. Import your dataset again with \"parley import --replace\""
                + other.map(b -> "; or put the backup of another dataset in its place, \""
                        + b.dataset().map(d -> Printable.title(d.title())).orElse("?") + "\" (" + b.events()
                        + " events), with \"parley backups --restore " + b.name() + "\"").orElse("")
                + ". Nothing was changed.");
    }

    /**
     * Mends a database too damaged to open (see {@link org.parley.store.StoreException#unopenable()}):
     * the newest sound backup takes its place and the damaged file is kept beside the backups.
     * Throws, changing nothing, when there is no sound backup.
     */
    public static Repair repairUnopenable(@Nullable Path dbFile) {
        Backups.Replacement r = ParleyStore.backupsOf(databaseFile(dbFile)).replaceUnopenable();
        // Opening migrates a backup written by an older version, and proves the file is sound again.
        try (Workspace ws = open(dbFile)) {
            Health health = ws.check();
            return new Repair(true, "The database could not be opened; restored the backup " + r.restored().name()
                    + r.restored().dataset().map(d -> " (\"" + Printable.title(d.title()) + "\", " + r.restored().events()
                    + " events)").orElse("") + "; the damaged file was kept as " + r.kept().getFileName() + "."
                    + (health.ok() ? "" : " The restored copy has problems too: run \"parley check\"."));
        }
    }

    private Optional<DatasetInfo> safeInfo() {
        try {
            return store.info();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }

    @Override
    public void close() {
        store.close();
    }
}
