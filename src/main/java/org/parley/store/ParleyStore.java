package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRulesException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.DatasetPreview;
import org.parley.model.Span;
import org.parley.model.WriteProgress;

/**
 * The one door to Parley's database: open, import, read back, summarise, search. It holds one
 * current dataset; importing replaces it in a single transaction, so the database is never half
 * imported. Every failure is a {@link StoreException} whose message names the database file.
 *
 * <p>One connection, so calls are serialised; not meant to be shared across processes beyond what
 * SQLite's WAL and busy timeout allow.
 */
public final class ParleyStore implements AutoCloseable {

    private final Path file;
    /** Set from any thread when the app quits: see {@link #stopWrites}. */
    private volatile boolean stopping;
    /** Added to this connection's data_version so that {@link #dataVersion} runs on across {@link #reattach}. */
    private long versionOffset;
    private Connection connection;
    private final StoreFile.Access access;
    private final Clock clock;
    private final boolean readOnly;
    /** The file's identity when it was opened (inode and device where the system has them), or null. */
    private final Object fileKey;
    private boolean closed;
    /** The event of each search index entry, read by the first search made while filters hide events. */
    private SearchEntryEvents searchEntries;
    /** Each actor's events in time order, read by the first search whose words name a person (decision 0158). */
    private ActorEventsInTimeOrder actorEvents;
    /** The places' and actors' names, read by the first search that needs them (one with NOT, or a person's place). */
    private SearchNames searchNames;

    private ParleyStore(Path file, Connection connection, StoreFile.Access access, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.access = access;
        this.clock = clock;
        this.readOnly = readOnly(connection);
        this.fileKey = fileKey(file);
        // Known as open (OpenDatabases) since StoreFile.open made the connection; close() says when it no longer is.
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * What has happened to the file since it was opened, if it is no longer the file Parley holds:
     * deleted, or replaced by another (a backup copied over it, say). SQLite would go on writing to
     * the open, unlinked file, and everything written would be lost at exit.
     */
    public Optional<String> fileProblem() {
        if (!Files.exists(file)) {
            return Optional.of(file + " was deleted by another program while Parley had it open");
        }
        Object now = fileKey(file);
        if (fileKey != null && now != null && !fileKey.equals(now)) {
            return Optional.of(file + " was replaced by another file while Parley had it open");
        }
        return Optional.empty();
    }

    private static boolean readOnly(Connection connection) {
        try {
            return connection.isReadOnly();
        } catch (SQLException e) {
            return false;
        }
    }

    /** Whether the database was opened without writing: its file or folder cannot be written. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * Refuses, before anything starts, what would write to a read-only database: the write would
     * fail anyway, and a backup copied from it first could wait on it for ever.
     */
    public void requireWritable(String toDo) {
        if (readOnly) {
            throw new StoreException(file + " is read-only (the file or its folder cannot be written), so Parley cannot "
                    + toDo + "; nothing was changed. Copy it somewhere writable, or name another database with --db.");
        }
        fileProblem().ifPresent(problem -> {
            throw new StoreException(problem + ", so Parley cannot " + toDo + "; nothing was written. What the window "
                    + "shows may be the only copy of the dataset: keep it with File \u2192 Export data\u2026 as Parley "
                    + "JSON before you quit, then start Parley again to open what is there now (your backups are listed "
                    + "by \"parley backups\").");
        });
    }

    /**
     * Opens {@code dbFile}, creating and migrating it when missing or empty.
     *
     * @throws StoreException when the file is not an SQLite database or was written by a newer
     *                        Parley; the file is then left exactly as it was
     */
    public static ParleyStore open(Path dbFile) {
        return open(dbFile, Clock.systemUTC());
    }

    /**
     * Opens an existing database without writing to it at all: no migration, no journal-mode
     * change. What a database on a read-only disk gets anyway; reads work, imports fail.
     */
    public static ParleyStore openReadOnly(Path dbFile) {
        Objects.requireNonNull(dbFile, "dbFile");
        return new ParleyStore(dbFile, StoreFile.open(dbFile, Migrations.bundled(), StoreFile.Access.NO_WRITES),
                StoreFile.Access.NO_WRITES, Clock.systemUTC());
    }

    /**
     * Opens {@code dbFile} for a command that only reads it: a current database's file is left as it
     * is (its journal mode too), where {@link #open} makes it ready for writing. Creating, migrating
     * and seeding happen as with {@link #open}.
     */
    public static ParleyStore openToRead(Path dbFile) {
        Objects.requireNonNull(dbFile, "dbFile");
        return new ParleyStore(dbFile, StoreFile.open(dbFile, Migrations.bundled(), StoreFile.Access.READ),
                StoreFile.Access.READ, Clock.systemUTC());
    }

    static ParleyStore open(Path dbFile, Clock clock) {
        Objects.requireNonNull(dbFile, "dbFile");
        return new ParleyStore(dbFile, StoreFile.open(dbFile, Migrations.bundled(), StoreFile.Access.WORK),
                StoreFile.Access.WORK, clock);
    }

    /** The backups of {@code dbFile}, which need not open: for a file {@link #open} refused as unopenable. */
    /**
     * Removes the database a command made at {@code file} and its working files, when what the
     * command did with it failed ({@code cause}, to which what could not be removed is added).
     */
    public static void removeNew(Path file, Exception cause) {
        StoreFile.removeNew(file, cause);
    }

    /** Whether {@code file} is a regular file of 0 bytes: no database, though it may have been one. */
    public static boolean isEmptyFile(Path file) {
        return StoreFile.isEmpty(file);
    }

    /** Whether {@code file} exists and cannot be written, or its folder cannot: it is then opened read-only. */
    public static boolean cannotBeWritten(Path file) {
        return ParleyFileCheck.isReadOnly(file);
    }

    /** Whether {@code file} is an SQLite database with no tables at all, Parley's or another's: nothing to read. */
    public static boolean holdsNoTables(Path file) {
        return ParleyFileCheck.holdsNoTables(file);
    }

    public static Backups backupsOf(Path dbFile) {
        return new Backups(dbFile, Clock.systemUTC());
    }

    public Path file() {
        return file;
    }

    /**
     * Makes {@code ds} the stored dataset, all or nothing. When the stored dataset already has
     * {@code contentHash}, nothing is written and the outcome is {@code UNCHANGED}. The dataset is
     * not validated here: the caller (the seed loader) has done that.
     */
    public synchronized ImportResult importDataset(Dataset ds, String contentHash, Origin origin) {
        requireWritable("import into it");
        return importDataset(ds, contentHash, origin, false, UNCHECKED, WriteProgress.NONE);
    }

    /**
     * As {@link #importDataset(Dataset, String, Origin)}, only over the dataset the caller's check
     * found ({@code checked}; empty: none). The check ran before this write's transaction, so it is
     * made again inside it: if another program imported meanwhile, nothing is written and
     * {@link DatasetChangedMeanwhile} says so — the check's answer was about a dataset that is gone.
     */
    public synchronized ImportResult importDatasetOver(Optional<DatasetInfo> checked, Dataset ds, String contentHash,
                                                       Origin origin) {
        requireWritable("import into it");
        return importDatasetOver(checked, ds, contentHash, origin, false);
    }

    /**
     * As above; {@code evenIfUnchanged} writes even when the recorded hash is the incoming one: rows
     * another program changed still carry the hash they were imported with, and putting the dataset
     * back over them must not be taken for "already imported".
     */
    public synchronized ImportResult importDatasetOver(Optional<DatasetInfo> checked, Dataset ds, String contentHash,
                                                       Origin origin, boolean evenIfUnchanged) {
        return importDatasetOver(checked, ds, contentHash, origin, evenIfUnchanged, WriteProgress.NONE);
    }

    /** As above, telling {@code progress} how far the write is. */
    public synchronized ImportResult importDatasetOver(Optional<DatasetInfo> checked, Dataset ds, String contentHash,
                                                       Origin origin, boolean evenIfUnchanged, WriteProgress progress) {
        requireWritable("import into it");
        return importDataset(ds, contentHash, origin, evenIfUnchanged,
                checked.map(DatasetInfo::contentHash).orElse(NO_DATASET), progress);
    }

    /** As {@link #importDataset}, writing even when the hash is the stored one: for repairing damaged data. */
    public synchronized ImportResult rewriteDataset(Dataset ds, String contentHash, Origin origin) {
        requireWritable("rewrite its dataset");
        return importDataset(ds, contentHash, origin, true, UNCHECKED, WriteProgress.NONE);
    }

    /**
     * As {@link #rewriteDataset}, for a database whose pages are damaged, where removing the old rows
     * fails: the dataset is written into a new file beside this one, whose pages then replace all of
     * this database's in one step (SQLite's online backup), and the new file is removed.
     */
    public synchronized void rebuildDataset(Dataset ds, String contentHash, Origin origin) {
        requireWritable("rebuild its dataset");
        Path fresh = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".rebuild-"
                + ProcessHandle.current().pid() + ".part");
        try {
            Files.deleteIfExists(fresh);
            try (Connection c = StoreFile.openNew(fresh, Migrations.bundled())) {
                c.setAutoCommit(false);
                StoredDatasetWriter.replaceWith(c, ds, contentHash, origin, clock.instant().truncatedTo(ChronoUnit.MILLIS));
                c.commit();
            }
            refuseIfStopping();
            backups().restoreInto(connection, new Backup(fresh, Instant.EPOCH, 0, Optional.empty(), 0));
        } catch (SQLException | IOException e) {
            throw failure("could not write \"" + ds.title() + "\" afresh; the database was left as it was", e);
        } finally {
            try {
                Files.deleteIfExists(fresh);
            } catch (IOException e) {
                // A leftover hidden file beside the database is harmless; the next rebuild replaces it.
            }
        }
    }

    /**
     * From any thread, when the app quits while a dataset is being written: the user was told the
     * write would not be kept, so it is rolled back at its commit instead of committed while the
     * app waits to close the database.
     */
    public void stopWrites() {
        stopping = true;
    }

    private void refuseIfStopping() {
        if (stopping) {
            throw new StoreException(file + ": Parley was quit before the dataset was written; the database was left "
                    + "as it was");
        }
    }

    /** {@link #importDataset}'s {@code expected} when the caller made no check of what it replaces. */
    private static final String UNCHECKED = "unchecked";
    /** {@link #importDataset}'s {@code expected} when the caller's check found no dataset. */
    private static final String NO_DATASET = "";

    /** {@code expected}: the content hash the caller's check saw, {@link #NO_DATASET} or {@link #UNCHECKED}. */
    private ImportResult importDataset(Dataset ds, String contentHash, Origin origin, boolean evenIfUnchanged,
                                       String expected, WriteProgress progress) {
        Objects.requireNonNull(ds, "ds");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(origin, "origin");
        try {
            // Only outside a transaction does this take effect; the writer checks the keys once at the end.
            setForeignKeys(false);
            connection.setAutoCommit(false);
            try {
                Optional<DatasetInfo> previous = readInfo();
                if (!UNCHECKED.equals(expected) && !expected.equals(previous.map(DatasetInfo::contentHash).orElse(NO_DATASET))) {
                    throw new DatasetChangedMeanwhile(file);
                }
                if (!evenIfUnchanged && previous.isPresent() && previous.get().contentHash().equals(contentHash)) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                    return new ImportResult(ImportResult.Outcome.UNCHANGED, previous, previous.get());
                }
                Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                StoredDatasetWriter.replaceWith(connection, ds, contentHash, origin, now, progress);
                refuseIfStopping();
                connection.commit();
                connection.setAutoCommit(true);
                DatasetInfo current = new DatasetInfo(ds.title(), contentHash, origin, now);
                return new ImportResult(previous.isPresent() ? ImportResult.Outcome.REPLACED
                        : ImportResult.Outcome.IMPORTED, previous, current);
            } catch (SQLException | RuntimeException | OutOfMemoryError e) {
                // Out of memory too: the transaction is rolled back, so the connection stays usable.
                rollbackAfter(e);
                autoCommitAfter(e);
                throw e;
            } finally {
                keysBackOn();
            }
        } catch (DatasetChangedMeanwhile e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            throw failure("could not import \"" + ds.title() + "\"; the database was left as it was", e);
        }
    }

    /**
     * Whether the database holds no dataset at all: neither a dataset's record nor any of its
     * rows. Unlike {@link #isEmpty()}, false for a database whose record alone was lost.
     */
    public synchronized boolean isBlank() {
        try (PreparedStatement ps = prepare("holds_rows"); ResultSet rs = ps.executeQuery()) {
            return !rs.next() || rs.getLong(1) == 0;
        } catch (SQLException e) {
            throw failure("could not read", e);
        }
    }

    /** Whether the database holds no dataset's record (see {@link #isBlank()}). */
    public synchronized boolean isEmpty() {
        try (PreparedStatement ps = prepare("count_dataset"); ResultSet rs = ps.executeQuery()) {
            return !rs.next() || rs.getLong(1) == 0;
        } catch (SQLException e) {
            throw failure("could not read", e);
        }
    }

    public synchronized Optional<DatasetInfo> info() {
        try {
            return readInfo();
        } catch (SQLException e) {
            throw failure("could not read the dataset's details", e);
        }
    }

    /**
     * The stored dataset, equal to the one imported.
     *
     * @throws StoreException when the store is empty (check {@link #isEmpty()} first)
     */
    public synchronized Dataset loadDataset() {
        return loadDataset(WriteProgress.NONE);
    }

    /**
     * As above, after a write {@code progress} follows: reading 100,000 events back takes seconds, which the
     * window had counted as part of the write.
     */
    public synchronized Dataset loadDataset(WriteProgress progress) {
        progress.step(WriteProgress.Step.OPENING, 0);
        try {
            return inReadTransaction(() -> new StoredDatasetReader(connection).read());
        } catch (SQLException e) {
            throw failure("could not load the dataset", e);
        } catch (StoreException e) {
            throw new StoreException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The events around the focus period of a dataset of more than {@code above} events, to draw while
     * {@link #loadDataset()} reads the rest; empty for a smaller dataset, which is read whole as fast.
     */
    public synchronized Optional<DatasetPreview> loadPreview(int above) {
        try {
            return inReadTransaction(() -> new DatasetPreviewReader(connection).read(above));
        } catch (SQLException e) {
            throw failure("could not read the dataset's focus period", e);
        } catch (StoreException e) {
            throw new StoreException(file + ": " + e.getMessage(), e);
        }
    }

    /** The stored actors, with their other names, without reading the rest of the dataset. */
    public synchronized List<Actor> actors() {
        try {
            return inReadTransaction(() -> new StoredDatasetReader(connection).actors());
        } catch (SQLException e) {
            throw failure("could not read the actors", e);
        }
    }

    /**
     * The fingerprint of the seed bundle the stored dataset was imported from, as recorded by
     * {@link #recordBundleFingerprint}; empty after any other import.
     */
    public synchronized Optional<String> bundleFingerprint() {
        try (PreparedStatement ps = prepare("bundle_fingerprint"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw failure("could not read the dataset's details", e);
        }
    }

    /**
     * Notes which seed bundle the stored seeds came from; does nothing when the stored dataset is not
     * seeds, or when it is already noted: a write that changes nothing still tells every other window
     * on the file that it changed.
     */
    public synchronized void recordBundleFingerprint(String fingerprint) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (bundleFingerprint().filter(fingerprint::equals).isPresent()) {
            return;
        }
        requireWritable("record the bundled seeds' fingerprint");
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetWriter.SQL, "record_bundle_fingerprint"))) {
            ps.setString(1, fingerprint);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("could not record the seeds' fingerprint", e);
        }
    }

    /**
     * Records {@code contentHash} as the stored dataset's, which another program changed soundly and the
     * user chose to keep; from then on the dataset is the user's, so newer bundled seeds never replace it unasked.
     */
    public synchronized void adoptChangedData(String contentHash) {
        Objects.requireNonNull(contentHash, "contentHash");
        requireWritable("keep the changes");
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetWriter.SQL, "adopt_changed_data"))) {
            ps.setString(1, contentHash);
            if (ps.executeUpdate() != 1) {
                throw new StoreException(file + " holds no dataset's record to keep the changes in; nothing was changed");
            }
        } catch (SQLException e) {
            throw failure("could not record the kept changes", e);
        }
    }

    /**
     * The ids of the events whose time overlaps [{@code from}, {@code to}), in time order: a lookup
     * in an interval index, not a scan, so a view can ask for just the window it shows.
     */
    public synchronized List<String> eventIdsBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<String> ids = new ArrayList<>();
        if (!to.isAfter(from)) {
            return ids;
        }
        try (PreparedStatement ps = prepare("events_between")) {
            ps.setLong(1, to.toEpochMilli());
            ps.setLong(2, from.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw failure("could not read the events between " + from + " and " + to, e);
        }
    }

    public synchronized Stats stats() {
        try {
            return inReadTransaction(() -> new StatsReader(connection).read());
        } catch (SQLException e) {
            throw failure("could not count what is stored", e);
        }
    }

    /** The words {@link #search} looks for in {@code userText} (the last as a prefix), for marking matches. */
    public static List<String> searchWords(String userText) {
        return FtsQuery.words(userText);
    }

    /** Where a search for {@code userText} finds its words in {@code text}'s {@code passage}, to mark them there. */
    public static List<Span> searchedWordsIn(String text, Span passage, String userText) {
        return FtsQuery.wordSpans(text, passage.start(), passage.end(), userText);
    }

    /** The most words a search reads; those typed beyond are left out (see {@link #searchWordsLeftOut}). */
    public static final int SEARCHED_WORDS_AT_MOST = FtsQuery.MAX_TOKENS;

    /** How many words of {@code userText} a search leaves out, past its first {@link #SEARCHED_WORDS_AT_MOST}. */
    public static int searchWordsLeftOut(String userText) {
        return FtsQuery.wordsLeftOut(userText);
    }

    /** Why {@code userText} cannot be searched as typed ("NOT Russia" alone), to say instead of "no results". */
    public static Optional<String> searchProblem(String userText) {
        return FtsQuery.problem(userText);
    }

    /**
     * Up to {@code limit} hits for what a person typed, best first. Any text is accepted: only its
     * words are searched for (all of them, the last as a prefix); text without words gives no hits.
     * Snippets mark matches with {@link SearchHit#MARK_START} and {@link SearchHit#MARK_END}.
     */
    public synchronized List<SearchHit> search(String userText, int limit) {
        try {
            return searcher().search(userText, limit);
        } catch (SQLException e) {
            throw failure("search failed", e);
        }
    }

    /**
     * As {@link #search(String, int)}, and besides up to {@code limit} best hits of the events
     * {@code shown} keeps: for a search made while filters hide events.
     */
    public synchronized List<SearchHit> search(String userText, int limit, Predicate<String> shown) {
        try {
            return searcher().search(userText, limit, shown);
        } catch (SQLException e) {
            throw failure("search failed", e);
        }
    }

    /**
     * For a search that found nothing: the same text with each word the index does not hold replaced
     * by the nearest one it does, when that finds something ("Stoltenbreg" → "Stoltenberg").
     */
    public synchronized Optional<String> searchSuggestion(String userText) {
        try {
            return SearchSuggestion.of(connection, userText, searcher());
        } catch (SQLException e) {
            // A suggestion is a courtesy: without one the search still says it found nothing.
            return Optional.empty();
        }
    }

    /**
     * A search matching more than this many entries lists the first in the dataset's order rather than
     * the best: ranking them all would take longer than a search may (see {@link Searcher#RANKED_AT_MOST}).
     */
    public static final int RANKED_AT_MOST = Searcher.RANKED_AT_MOST;

    /**
     * Whether a search for {@code userText} leaves out whole events, having words after NOT: then its count reads
     * every match's event (0.26 s for 200,000 matches at 100,000 events), not the index alone (decision 0147).
     */
    public static boolean searchLeavesOutEvents(String userText) {
        return FtsQuery.excluded(userText).isPresent();
    }

    /**
     * Whether {@link #search} ranks its hits for {@code userText}, best first, or lists the first in the dataset's
     * order, too many matching to rank. Reads at most {@link #RANKED_AT_MOST} entries of the index.
     */
    public synchronized boolean searchRanks(String userText) {
        try {
            return searcher().ranksTyped(userText);
        } catch (SQLException e) {
            throw failure("search failed", e);
        }
    }

    /** How many entries (events, quotes, passages) {@link #search} would find without its limit. */
    public synchronized int searchCount(String userText) {
        try {
            return searcher().count(userText);
        } catch (SQLException e) {
            throw failure("search failed", e);
        }
    }

    /**
     * The first {@code limit} events, in time order, that any of {@code actorIds} takes part in (listed as a
     * participant or quoted at it): what a search that finds people by name lists and rings beside its text's matches.
     */
    public synchronized List<TakingPart> eventsTakingPart(List<String> actorIds, int limit) {
        try {
            return new ActorEvents(connection, this::searchNames).of(actorIds, limit);
        } catch (SQLException e) {
            throw failure("search failed", e);
        }
    }

    /**
     * As {@link #eventsTakingPart(List, int)} for a search for {@code userText}: the events whose words (title,
     * summary, a quote at them) hold a word it leaves out with NOT are left out, so every event the search lists
     * answers all of it ("Sherman NOT Geneva" had listed the Geneva talks, where she takes part).
     */
    public synchronized List<TakingPart> eventsTakingPart(List<String> actorIds, String userText, int limit) {
        try {
            return new ActorEvents(connection, this::searchNames).of(actorIds, userText, limit);
        } catch (SQLException e) {
            throw failure("search failed", e);
        }
    }

    /**
     * How many events any of {@code actorIds} takes part in that no match of a search for {@code userText} belongs
     * to: what that search lists after its text's hits, once every hit is listed. Reads every match: for a full list.
     */
    public synchronized int countEventsTakingPartBeyond(List<String> actorIds, String userText) {
        try {
            return new ActorEvents(connection, this::searchNames).countBeyond(actorIds, userText);
        } catch (SQLException e) {
            throw failure("search failed", e);
        }
    }

    /**
     * The first {@code limit} events, in time order, of the people a search for {@code userText} names
     * ({@link ActorSearch#named}): those whose words hold the search's other words, or all of a person's whose names
     * hold every word ("Sherman Geneva": her events that say Geneva or take place there; "Sherman": all of hers).
     * Those whose words hold a word after NOT are left out (decision 0158).
     */
    public synchronized List<TakingPart> eventsOfPeopleNamed(List<Actor> named, String userText, int limit) {
        try {
            Optional<List<String>> whole = NamedPeopleEvents.wholeNames(named, userText);
            if (whole.isPresent()) {
                return new ActorEvents(connection, this::searchNames).of(whole.get(), userText, limit);
            }
            return namedPeopleEvents().first(named, userText, limit);
        } catch (SQLException e) {
            throw failure("search failed", e);
        }
    }

    /**
     * How many of {@link #eventsOfPeopleNamed}'s events, without its limit, no match of the search's text belongs to:
     * what the search lists after its text's hits, once every hit is listed. Reads every match: for a full list.
     */
    public synchronized int countEventsOfPeopleNamedBeyond(List<Actor> named, String userText) {
        try {
            Optional<List<String>> whole = NamedPeopleEvents.wholeNames(named, userText);
            if (whole.isPresent()) {
                return new ActorEvents(connection, this::searchNames).countBeyond(whole.get(), userText);
            }
            NamedPeopleEvents people = namedPeopleEvents();
            Set<String> events = people.events(named, userText);
            Optional<String> query = FtsQuery.of(userText);
            if (query.isPresent() && !events.isEmpty()) {
                events.removeAll(people.eventsMatching(query.get(), events));
            }
            return events.size();
        } catch (SQLException e) {
            throw failure("search failed", e);
        }
    }

    private SearchNames searchNames() throws SQLException {
        searchNames = SearchNames.current(connection, searchNames);
        return searchNames;
    }

    private Searcher searcher() {
        return new Searcher(connection, this::searchNames, this::searchEntries);
    }

    private SearchEntryEvents searchEntries() throws SQLException {
        searchEntries = SearchEntryEvents.current(connection, searchEntries);
        return searchEntries;
    }

    private NamedPeopleEvents namedPeopleEvents() throws SQLException {
        actorEvents = ActorEventsInTimeOrder.current(connection, actorEvents);
        return new NamedPeopleEvents(connection, searchEntries(), actorEvents, this::searchNames);
    }

    /** How many events any of {@code actorIds} takes part in, listed or not. */
    public synchronized int countEventsTakingPart(List<String> actorIds) {
        try {
            return new ActorEvents(connection, this::searchNames).count(actorIds);
        } catch (SQLException e) {
            throw failure("search failed", e);
        }
    }

    /**
     * The ids of the events any match of a search for {@code userText} belongs to (an event, one of its
     * quotes, a passage of its evidence) or that an actor whose names match takes part in, all of them,
     * unranked: what {@code export-data --search} keeps, as the window rings them.
     */
    public synchronized Set<String> searchEventIds(String userText) {
        try {
            Set<String> ids = new HashSet<>(searcher().eventIds(userText));
            // The events of the people the search names, as the window's rings: "Sherman" keeps the meeting she led a delegation at.
            // Of those it names with some words, the events whose own words hold the rest ("Sherman Geneva", decision 0158).
            eventsOfPeopleNamed(ActorSearch.named(actors(), userText), userText, Integer.MAX_VALUE)
                    .forEach(t -> ids.add(t.eventId()));
            return Set.copyOf(ids);
        } catch (SQLException e) {
            throw failure("search failed", e);
        }
    }

    /**
     * Closes the connection and opens the file again, so that SQLite holds its locks on it again. A
     * system file dialog that lists the database's folder reads the files there to tell their types,
     * and closing them dropped every lock this process held on the database (POSIX record locks are
     * the process's): another program closing the database then took itself for its last user and
     * deleted the write-ahead log this one went on writing to (see {@link OpenDatabases}).
     */
    public synchronized void reattach() {
        // A file deleted or replaced meanwhile is not opened in its place (an empty database would be
        // made where one was deleted): the app says what happened to it (fileProblem) instead.
        if (closed || fileProblem().isPresent()) {
            return;
        }
        // data_version counts per connection, and a new one starts afresh: carried over, so the window
        // watching it does not take opening again for another program's change.
        Long versionBefore;
        try {
            versionBefore = dataVersion();
        } catch (StoreException e) {
            versionBefore = null;    // a connection that cannot answer: opened again all the same
        }
        // Closed first: SQLite counts the locks its connections hold in this process, and asks the
        // system for them again only once it holds none.
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("could not close to open again", e);
        } finally {
            OpenDatabases.closed(file);
        }
        connection = StoreFile.open(file, Migrations.bundled(), access);
        closed = false;
        if (versionBefore != null) {
            versionOffset = versionBefore - rawDataVersion();
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            OpenDatabases.closed(file);
            closed = true;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("could not close", e);
        }
    }

    /** The backups of this database, in a {@code backups} folder beside it. */
    public Backups backups() {
        return new Backups(file, clock);
    }

    /**
     * Copies the database as it is now into its backups folder; returns the copy. The database is
     * checked first ({@link #check()}): a copy of a damaged one is marked so and never pushes out a sound copy.
     */
    public synchronized Path backup() {
        return backup(!check().ok());
    }

    /** A backup taken before a change, and whether it was made for it (else an earlier one holds the same). */
    public record BackupTaken(Path path, boolean made) {
    }

    /**
     * A backup before replacing the dataset: a new copy, unless the newest sound backup already
     * holds this very dataset (an import that failed and is tried again, five times on a full disk,
     * must not rotate away the only copy of what was there before).
     */
    public synchronized BackupTaken backupBeforeChange() {
        boolean damaged = !check().ok();
        Optional<String> hash = damaged ? Optional.empty() : info().map(DatasetInfo::contentHash);
        if (hash.isPresent()) {
            Optional<Backup> newest = backups().list().stream().filter(b -> !b.damaged()).findFirst();
            if (newest.isPresent() && newest.get().dataset().map(DatasetInfo::contentHash).equals(hash)) {
                return new BackupTaken(newest.get().file(), false);
            }
        }
        requireWritable("back it up");
        // Not settled: the oldest backups stay until the change succeeds (settle), or this copy goes (discard).
        return new BackupTaken(backups().create(connection, damaged), true);
    }

    /** The change a backup was taken for succeeded: only now may the oldest backups go (see {@link Backups#settle}). */
    public void settle(BackupTaken taken) {
        backups().settle(taken == null ? new Path[0] : new Path[] {taken.path()});
    }

    /** Removes a backup {@link #backupBeforeChange} made, when the change failed and left the database as it was. */
    public void discard(BackupTaken taken) {
        if (taken != null && taken.made()) {
            try {
                Files.deleteIfExists(taken.path());
                // And the backups folder, if this backup was its first: no empty folder is left behind.
                Path folder = taken.path().getParent();
                try (Stream<Path> rest = Files.list(folder)) {
                    if (rest.findAny().isEmpty()) {
                        Files.deleteIfExists(folder);
                    }
                }
            } catch (IOException e) {
                Logger.getLogger(ParleyStore.class.getName()).log(Level.FINE,
                        "could not remove the unneeded backup " + taken.path(), e);
            }
        }
    }

    /** As {@link #backup()}, when the caller already knows whether the database is damaged. */
    public synchronized Path backup(boolean damaged) {
        requireWritable("back it up");
        Path made = backups().create(connection, damaged);
        backups().settle(made);
        return made;
    }

    /**
     * Brings {@code backup}'s content back in one step. What the database held before is backed up
     * first, so a restore can itself be undone. The backup must be a Parley database this version can
     * read; if it cannot be brought up to date, the database is put back as it was.
     */
    public synchronized Path restore(Backup backup) {
        requireWritable("restore a backup into it");
        requireReadable(backup);
        requireNotNewer(backup);
        requireIntact(backup);
        BackupTaken before = backupBeforeChange();
        try {
            // Copying a large database takes seconds: the app may have been quit meanwhile, and the
            // user was told a restore under way is not kept. Nothing has changed yet, so nothing is.
            if (stopping) {
                throw new StoreException(file + ": Parley was quit before the backup " + backup.name()
                        + " was restored; the database was left as it was");
            }
            restoreStepBegun.run();
            restoreWithoutBackup(backup, before.path());
            // Quit while this last step was written: the quit question had said a restore under way is not
            // kept, and the quit went ahead on that word. The copy made a moment ago puts the database back.
            if (stopping) {
                undoRestoreAtQuit(backup, before.path());
            }
        } catch (PreviousContentKept e) {
            throw e;    // the copy made before is all that holds the user's data now: it stays
        } catch (RuntimeException | Error e) {
            discard(before);
            throw e;
        }
        backups().settle(backup.file(), before.path());
        return before.path();
    }

    /** Run as a restore's one step begins, past the last look at a quit; tests quit there. */
    Runnable restoreStepBegun = () -> { };

    private void undoRestoreAtQuit(Backup backup, Path before) {
        try {
            putBack(before);
        } catch (RuntimeException e) {
            throw new PreviousContentKept(file + ": Parley was quit while the backup " + backup.name() + " was restored, "
                    + "and the previous content could not be put back; it is in " + before.getFileName() + ": "
                    + e.getMessage(), e);
        }
        throw new StoreException(file + ": Parley was quit while the backup " + backup.name()
                + " was restored; the database was put back as it was");
    }

    /**
     * Brings {@code backup}'s content back without backing up the current state first: for a repair,
     * which has kept the damaged state once (in {@code before}, named in messages) and may try several
     * backups in turn. A backup from a newer Parley is refused before anything changes; one whose
     * migration fails is undone by putting {@code before} back.
     */
    public synchronized void restoreWithoutBackup(Backup backup, Path before) {
        requireWritable("restore a backup into it");
        requireReadable(backup);
        requireNotNewer(backup);
        backups().restoreInto(connection, backup);
        try {
            Migrations migrations = Migrations.bundled();
            migrations.migrate(connection, Migrations.userVersion(connection));
        } catch (SQLException | RuntimeException e) {
            try {
                putBack(before);
            } catch (RuntimeException again) {
                e.addSuppressed(again);
                throw new PreviousContentKept(file + ": could not bring the restored backup " + backup.name()
                        + " up to date, nor put the previous content back; it is in " + before.getFileName() + ": "
                        + StoreErrors.describe(e), e);
            }
            throw failure("could not bring the restored backup " + backup.name() + " up to date; the database was left "
                    + "as it was", e);
        }
    }

    /** Refuses, before anything changes, a backup written by a newer Parley: this one could not read it back. */
    private static void requireNotNewer(Backup backup) {
        int version;
        try (Connection c = ParleyFileCheck.inspect(backup.file())) {
            version = Migrations.userVersion(c);
        } catch (SQLException e) {
            throw new StoreException("cannot read " + backup.name() + ": " + StoreErrors.describe(e)
                    + "; the database was left as it was", e);
        }
        if (version > Migrations.bundled().latestVersion()) {
            throw new StoreException(backup.name() + " was written by a newer Parley, which this one cannot read back; "
                    + "the database was left as it was");
        }
    }

    /**
     * Refuses a backup whose pages SQLite finds damaged: restored, it was put in place with "Restored …
     * 64 events" and the next check found the damage. (A repair tries backups in turn and checks each
     * once restored; a user's choice is checked before anything changes.)
     */
    private static void requireIntact(Backup backup) {
        String verdict;
        try (Connection c = ParleyFileCheck.inspect(backup.file()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA quick_check(1)")) {
            verdict = rs.next() ? rs.getString(1) : "no answer from SQLite's check";
        } catch (SQLException e) {
            verdict = StoreErrors.describe(e);
        }
        if (!"ok".equals(verdict)) {
            throw new StoreException(backup.name() + " is damaged (" + verdict.strip().replaceAll("\\s+", " ") + "); it was not "
                    + "restored and the database was left as it was. Another backup may be sound: \"parley backups\" "
                    + "lists them");
        }
    }

    /** Puts back a copy of this database made a moment ago (a repair that found no cure), whatever it holds. */
    public synchronized void putBack(Path kept) {
        requireWritable("put a copy back into it");
        backups().restoreInto(connection, new Backup(kept, Instant.EPOCH, 0, Optional.empty(), 0));
    }

    private static void requireReadable(Backup backup) {
        Objects.requireNonNull(backup, "backup");
        if (backup.dataset().isEmpty()) {
            throw new StoreException(backup.name() + " does not hold a Parley dataset that can be read; "
                    + "the database was left as it was");
        }
    }

    /**
     * SQLite's integrity check of every page and index and FTS5's check of the search index. The
     * content hash is compared by the caller, which knows how it is computed.
     */
    public synchronized Health check() {
        List<String> pages = new ArrayList<>();
        // The index's own check is a write; a read-only database has SQLite's integrity check read it instead.
        SearchIndexRepair search = new SearchIndexRepair(connection, file);
        List<String> index = new ArrayList<>(readOnly ? search.checkWithoutWriting() : search.check());
        try (PreparedStatement ps = connection.prepareStatement("PRAGMA integrity_check(100)");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String line = rs.getString(1);
                // SQLite's check also reads the FTS5 index; damage there is mended by rebuilding, not by a backup.
                if (line.contains("fts5") || line.contains("search_index")) {
                    if (index.isEmpty()) {
                        index.add(line);
                    }
                } else if (!"ok".equals(line)) {
                    // SQLite puts several findings in one row, a line each, under a "*** in database main ***" heading.
                    line.lines().filter(l -> !l.isBlank() && !l.startsWith("*** in database")).forEach(pages::add);
                }
            }
        } catch (SQLException e) {
            if (StoreErrors.busy(e)) {
                throw failure("cannot check the pages", e);
            }
            // Not StoreErrors' advice to run "parley check": this is that check.
            pages.add(StoreErrors.damaged(e) ? "the check itself stopped at a damaged page" : StoreErrors.describe(e));
        }
        return new Health(pages, index, List.of());
    }

    /**
     * After another program changed the database: rebuilds the search index when it no longer lists
     * what the tables hold (a retitled event was found by its old title only), and says whether it
     * did. A read-only database is left as it is (false); {@link #searchIndexInStep} then tells.
     */
    public synchronized boolean bringSearchIndexUpToDate() {
        if (readOnly || searchIndexInStep()) {
            return false;
        }
        rebuildSearchIndex();
        return true;
    }

    /** Whether the search index lists the stored events and quotes as they are now; reads only. */
    public synchronized boolean searchIndexInStep() {
        return new SearchIndexRepair(connection, file).inStep();
    }

    /** Drops the search index and builds it again from the stored dataset, in one transaction. */
    public synchronized void rebuildSearchIndex() {
        requireWritable("rebuild its search index");
        Dataset ds = loadDataset();
        try {
            connection.setAutoCommit(false);
            try {
                new SearchIndexRepair(connection, file).rebuild(ds);
                connection.commit();
                connection.setAutoCommit(true);
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(e);
                autoCommitAfter(e);
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            throw failure("could not rebuild the search index; it was left as it was", e);
        }
    }

    /**
     * Increases whenever another connection commits a change to the file (PRAGMA data_version);
     * cheap enough to poll, so a window can offer to reload what another process imported.
     */
    public synchronized long dataVersion() {
        return versionOffset + rawDataVersion();
    }

    private long rawDataVersion() {
        try (PreparedStatement ps = connection.prepareStatement("PRAGMA data_version"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw failure("could not read the data version", e);
        }
    }

    /** Rows changed through this connection so far; lets tests prove an import wrote nothing. */
    synchronized long totalChanges() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT total_changes()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("could not read the change count", e);
        }
    }

    /** Used by tests to read pragmas and tables directly. */
    Connection connection() {
        return connection;
    }

    private Optional<DatasetInfo> readInfo() throws SQLException {
        try (PreparedStatement ps = prepare("info"); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new DatasetInfo(rs.getString("title"), rs.getString("content_hash"),
                    Origin.byId(rs.getString("origin")), Instant.parse(rs.getString("imported_at"))));
        }
    }

    @FunctionalInterface
    private interface Read<T> {
        T run() throws SQLException;
    }

    /** Several queries that must see one consistent state, even if another process imports meanwhile. */
    private <T> T inReadTransaction(Read<T> read) throws SQLException {
        connection.setAutoCommit(false);
        try {
            return read.run();
        } catch (StoreException e) {
            throw e;
        } catch (DateTimeException | IllegalArgumentException | NullPointerException e) {
            // Parley writes only values it can read back: another program changed these rows.
            throw new StoreException("the database holds a value Parley cannot read (" + unreadable(e)
                    + "), written there by another program; \"parley check\" and \"parley repair\" say more", e);
        } finally {
            try {
                connection.rollback();
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** What could not be read, in words: "unknown value \"BOGUS\"", not a Java class name or Java's own message. */
    private static String unreadable(RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        if (e instanceof IllegalArgumentException && m.startsWith("No enum constant ")) {
            return "unknown value \"" + m.substring(m.lastIndexOf('.') + 1) + "\"";
        }
        if (e instanceof ZoneRulesException && m.startsWith("Unknown time-zone ID: ")) {
            // Java's "Unknown time-zone ID: Mars/X".
            return "unknown time zone \"" + m.substring("Unknown time-zone ID: ".length()) + "\"";
        }
        return e instanceof NullPointerException ? "a value is missing" : m;
    }

    private void setForeignKeys(boolean on) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        }
    }

    private PreparedStatement prepare(String name) throws SQLException {
        return connection.prepareStatement(SqlResource.statement(StoredDatasetReader.SQL, name));
    }

    /** Foreign keys back on after an import; a failure here must not hide the import's own outcome. */
    private void keysBackOn() {
        try {
            setForeignKeys(true);
        } catch (SQLException e) {
            Logger.getLogger(ParleyStore.class.getName())
                    .log(Level.WARNING, "could not switch foreign keys back on", e);
        }
    }

    /**
     * Back to auto-commit after a failure, without hiding it: after SQLITE_FULL SQLite has already
     * rolled the transaction back, and the driver's own COMMIT on the way out fails with "no
     * transaction is active", which would otherwise replace the real cause.
     */
    private void autoCommitAfter(Throwable failure) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void rollbackAfter(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollback) {
            failure.addSuppressed(rollback);
        }
    }

    private StoreException failure(String what, Exception e) {
        return new StoreException(file + ": " + what + ": " + StoreErrors.describe(e), e);
    }
}
