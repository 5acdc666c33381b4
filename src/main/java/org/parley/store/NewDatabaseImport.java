package org.parley.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.Place;
import org.parley.model.Position;
import org.parley.model.Quote;
import org.parley.model.Source;

/**
 * An import into a database file that does not exist yet, written record by record while the
 * dataset is still being read. The database is built under a temporary name beside the target
 * (journal in memory, nothing synced: no one else can see it) and appears under its own name only
 * when it is whole: synced, then linked into place, which fails rather than replace a file that
 * appeared meanwhile. Anything short of {@link #complete} deletes the temporary file, so a failed
 * import leaves no database behind, as when the dataset was refused before one was opened.
 *
 * <p>Not thread-safe: one thread feeds it from start to end (the import's writer thread).
 */
public final class NewDatabaseImport implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path target;
    private final Path temp;
    private final Clock clock;
    private Connection connection;
    private StoredDatasetWriter writer;
    private boolean completed;
    /** Folders this import creates for the database, innermost first: removed again when it fails. */
    private List<Path> createdFolders = List.of();

    private NewDatabaseImport(Path target, Path temp, Clock clock) {
        this.target = target;
        this.temp = temp;
        this.clock = clock;
    }

    /** Whether {@code target} names nothing at all yet (not even a dangling link): only then does this apply. */
    public static boolean applies(Path target) {
        return !Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    }

    /** Creates the temporary database beside {@code target}, migrated and ready for records. */
    public static NewDatabaseImport begin(Path target) {
        return begin(target, Clock.systemUTC());
    }

    static NewDatabaseImport begin(Path target, Clock clock) {
        Objects.requireNonNull(target, "target");
        if (!applies(target)) {
            throw new StoreException(target + " already exists; a new database cannot be created there");
        }
        StoreFile.refuseCompanionNames(target);
        StoreFile.refuseBackupCopies(target);
        Backups.requireRoomForNames(target, "create the database");
        StoreFile.requireCreatableFolder(target);
        UnopenableFolder.refuseNew(target);
        // The name AtomicFiles gives its temporary files, so a leftover of a killed run is recognised.
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        Path temp = target.toAbsolutePath().resolveSibling("." + target.getFileName() + ".parley-"
                + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random) + ".part");
        removeLeftovers(temp.getParent(), target.getFileName().toString());
        NewDatabaseImport im = new NewDatabaseImport(target, temp, clock);
        im.createdFolders = missingFolders(temp.getParent());
        UnfinishedFiles.writing(temp, im.createdFolders);
        try {
            im.connection = StoreFile.openNew(temp, Migrations.bundled());
            OpenDatabases.opened(temp);
            try (Statement st = im.connection.createStatement()) {
                st.execute("PRAGMA foreign_keys = OFF");
            }
            im.connection.setAutoCommit(false);
            im.writer = StoredDatasetWriter.begin(im.connection);
            return im;
        } catch (SQLException | RuntimeException e) {
            im.abandon(e);
            throw im.failure("could not create the database", e);
        }
    }

    /**
     * Deletes the temporary databases that earlier imports to the same name left when they were
     * killed: their process is gone, so no one will finish or remove them. A file whose process id
     * is alive again (another program now) is left, to be safe.
     */
    private static long removeLeftovers(Path folder, String name) {
        long removed = 0;
        if (folder == null || !Files.isDirectory(folder)) {
            return removed;
        }
        Pattern own = Pattern.compile("\\." + Pattern.quote(name)
                + "\\.parley-(\\d+)-[0-9a-f]{12}\\.part(-journal|-wal|-shm)?");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.parley-*")) {
            for (Path p : entries) {
                Matcher m = own.matcher(p.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).filter(ProcessHandle::isAlive).isEmpty()
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    long bytes = Files.size(p);
                    if (Files.deleteIfExists(p)) {
                        removed += bytes;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Tidying after another run is a courtesy; it must never stop this import.
            return removed;
        }
        return removed;
    }

    /**
     * Removes what imports into a new database at {@code target} left when they were killed (their
     * process is gone), for a command that found no database there; the bytes removed, 0 if none.
     */
    public static long removeUnfinished(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.getFileName() == null ? 0 : removeLeftovers(absolute.getParent(), absolute.getFileName().toString());
    }

    /** The file the database will have once complete. */
    public Path target() {
        return target;
    }

    public void source(Source s) {
        try {
            writer.source(s);
        } catch (SQLException e) {
            throw failure("could not write source \"" + s.id() + "\"", e);
        }
    }

    public void actor(Actor a) {
        try {
            writer.actor(a);
        } catch (SQLException e) {
            throw failure("could not write actor \"" + a.id() + "\"", e);
        }
    }

    public void place(Place p) {
        try {
            writer.place(p);
        } catch (SQLException e) {
            throw failure("could not write place \"" + p.id() + "\"", e);
        }
    }

    public void event(Event e) {
        try {
            writer.event(e);
        } catch (SQLException ex) {
            throw failure("could not write event \"" + e.id() + "\"", ex);
        }
    }

    public void quote(Quote q) {
        try {
            writer.quote(q);
        } catch (SQLException e) {
            throw failure("could not write quote \"" + q.id() + "\"", e);
        }
    }

    public void divergence(Divergence d) {
        try {
            writer.divergence(d);
        } catch (SQLException e) {
            throw failure("could not write divergence \"" + d.id() + "\"", e);
        }
    }

    public void position(Position p) {
        try {
            writer.position(p);
        } catch (SQLException e) {
            throw failure("could not write position \"" + p.id() + "\"", e);
        }
    }

    /**
     * Sends SQLite what is still waiting in the writer's batches, so a count said to the user is what the
     * database holds, not what was handed to the driver.
     */
    public void sendPending() {
        try {
            writer.sendPending();
        } catch (SQLException e) {
            throw failure("could not write the records", e);
        }
    }

    /**
     * Writes what needs every record (passages, indexes, the foreign-key check), then the dataset's
     * own row, commits, and moves the database into place. {@code ds} is the dataset whose records
     * were fed, in full; it is not written again. The content hash is asked for last, so it can be
     * computed on another thread meanwhile.
     */
    public DatasetInfo complete(Dataset ds, Future<String> contentHash, Origin origin) {
        Objects.requireNonNull(ds, "ds");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(origin, "origin");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String hash;
        try {
            writer.finishRecords();
            hash = awaitHash(contentHash);
            writer.datasetRow(ds, hash, origin, now);
            writer.close();
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement st = connection.createStatement()) {
                // As every open makes it; persistent in the file, so the database is as an ordinary import leaves it.
                st.execute("PRAGMA foreign_keys = ON");
                st.execute("PRAGMA journal_mode = WAL");
            }
            connection.close();
            OpenDatabases.closed(temp);
            connection = null;
            sync(temp);
            moveIntoPlace();
            UnfinishedFiles.done(temp);
        } catch (SQLException | IOException | RuntimeException e) {
            abandon(e);
            throw failure("could not import \"" + ds.title() + "\"; no database was created", e);
        }
        completed = true;
        return new DatasetInfo(ds.title(), hash, origin, now);
    }

    private static String awaitHash(Future<String> contentHash) {
        try {
            return contentHash.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the content hash", e);
        } catch (ExecutionException e) {
            throw new StoreException("the content hash could not be computed: " + e.getCause(), e.getCause());
        }
    }

    /** Without {@link #complete}: drops everything written; no file is left behind. */
    @Override
    public void close() {
        if (!completed) {
            abandon(null);
        }
    }

    private void moveIntoPlace() throws IOException {
        try {
            // A hard link appears whole and refuses an existing name, where a rename would replace it.
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(target + " appeared while the dataset was being imported; it was left as it "
                    + "was and nothing was imported");
        } catch (UnsupportedOperationException | IOException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new StoreException(target + " appeared while the dataset was being imported; it was left as "
                        + "it was and nothing was imported");
            }
            // A file system without hard links: a move that does not replace is the next best thing.
            Files.move(temp, target);
        }
        Files.deleteIfExists(temp);
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
            syncFolder(folder);
        }
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes the new name durable; some systems cannot sync a folder, and then the name is as safe as the system makes it. */
    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            return;
        }
    }

    private void abandon(Throwable cause) {
        if (writer != null) {
            try {
                writer.close();
            } catch (SQLException e) {
                suppress(cause, e);
            }
            writer = null;
        }
        if (connection != null) {
            try {
                connection.rollback();
            } catch (SQLException e) {
                // Nothing to roll back once SQLite gave up the transaction itself (disk full).
            }
            try {
                connection.close();
            } catch (SQLException e) {
                suppress(cause, e);
            }
            OpenDatabases.closed(temp);
            connection = null;
        }
        for (String suffix : OpenDatabases.COMPANIONS) {
            try {
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
            } catch (IOException e) {
                suppress(cause, e);
            }
        }
        for (Path folder : createdFolders) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                // Not empty (someone else put a file there meanwhile): it stays.
                break;
            }
        }
        UnfinishedFiles.done(temp);
        completed = true;
    }

    private static List<Path> missingFolders(Path folder) {
        List<Path> missing = new ArrayList<>();
        for (Path f = folder; f != null && !Files.exists(f, LinkOption.NOFOLLOW_LINKS); f = f.getParent()) {
            missing.add(f);
        }
        return missing;
    }

    private static void suppress(Throwable cause, Exception e) {
        if (cause != null) {
            cause.addSuppressed(e);
        }
    }

    private StoreException failure(String what, Exception e) {
        if (e instanceof StoreException se && se.getMessage().startsWith(target.toString())) {
            return se;
        }
        return new StoreException(target + ": " + what + ": " + (diskFull() ? FULL : StoreErrors.describe(e)), e);
    }

    private static final String FULL = "disk full (no space left to write the database); nothing was created";
    /** SQLite's first failure on a full disk is sometimes a secondary one that names no full disk. */
    private boolean diskFull() {
        return FreeSpace.nearlyFull(temp.toAbsolutePath().getParent());
    }
}
