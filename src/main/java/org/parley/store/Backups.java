package org.parley.store;

import org.sqlite.SQLiteConnection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Timestamped copies of a database, kept in a {@code backups} folder beside it (for the default
 * database, in Parley's data folder), made before anything replaces the dataset. Only the newest
 * {@value #KEEP} are kept. Copies are made with {@code VACUUM INTO}, which reads one consistent
 * state even while another process writes, and are restored through SQLite's online backup, so the
 * open database is replaced in one step.
 *
 * <p>A copy of a database that failed its check is named {@code …-damaged.db}. Such copies never
 * push out sound ones: the newest {@value #KEEP} sound copies are kept whatever happens, and of the
 * damaged ones only the newest {@value #KEEP_DAMAGED}, so repeated repairs cannot rotate away the
 * last good backup. Files named like a backup that cannot be read as one are listed, but neither
 * counted among those kept nor removed.
 */
public final class Backups {

    static final int KEEP = 5;
    /**
     * The longest database file name, in UTF-8 bytes, that leaves room for its backups' and
     * temporary files' names (they add up to 40 bytes; file systems allow 255).
     */
    public static final int LONGEST_NAME_BYTES = 200;
    static final int KEEP_DAMAGED = 2;
    static final String DAMAGED = "-damaged";
    static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path dbFile;
    private final Path folder;
    private final Clock clock;

    Backups(Path dbFile, Clock clock) {
        this.dbFile = dbFile.toAbsolutePath();
        this.folder = this.dbFile.resolveSibling(FOLDER);
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /**
     * The whole file name, extension and all: "week" and "week.db" in one folder are two databases,
     * and a prefix of "week-" for both had each list, restore and rotate away the other's copies.
     */
    private String prefix() {
        return dbFile.getFileName().toString() + "-";
    }

    private Pattern pattern() {
        return Pattern.compile(Pattern.quote(prefix()) + "\\d{8}-\\d{6}-\\d{3}(" + DAMAGED + ")?\\.db");
    }

    /**
     * Copies the database as it is now; returns the copy. {@code damaged} when the database failed
     * its check: the copy is then marked so, and it pushes out only older damaged copies.
     */
    Path create(Connection connection, boolean damaged) {
        Path target;
        Path part;
        boolean newFolder = !Files.isDirectory(folder);
        try {
            target = freshName(damaged);
            removeStaleParts();
            part = target.resolveSibling("." + target.getFileName() + ".part");
            Files.deleteIfExists(part);
        } catch (IOException e) {
            throw new StoreException("cannot make a backup in " + folder + ": " + StoreErrors.describe(e)
                    + "; nothing was replaced", e);
        }
        UnfinishedFiles.writing(part, newFolder ? List.of(folder) : List.of());
        try {
            if (damaged) {
                copyPages(connection, part);
            } else {
                try (PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, part.toString());
                    ps.execute();
                }
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(part);
                if (newFolder) {
                    // Made for this copy (a full disk refused it): no empty folder is left behind.
                    deleteIfEmpty(folder);
                }
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new StoreException("cannot make a backup in " + folder + ": " + StoreErrors.describe(e)
                    + "; nothing was replaced", e);
        } finally {
            UnfinishedFiles.done(part);
        }
        // A sound copy pushes out the oldest only once the change it was made for has succeeded
        // (settle): a change that fails removes its copy, and the oldest must still be there.
        if (damaged) {
            removeAllBut(list().stream().filter(Backup::damaged).toList(), KEEP_DAMAGED);
        }
        return target;
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        try (Stream<Path> rest = Files.list(dir)) {
            if (rest.findAny().isEmpty()) {
                Files.deleteIfExists(dir);
            }
        }
    }

    /** A copy still being written by another run is younger than this; an older part is a run's leftover. */
    private static final Duration STALE_PART = Duration.ofHours(1);

    /**
     * Removes this database's half-made copies that a killed or interrupted run left behind
     * ({@code .NAME.part} and its {@code -journal}): nothing else would ever remove them.
     */
    private void removeStaleParts() {
        Instant before = clock.instant().minus(STALE_PART);
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith("." + prefix()) && (name.endsWith(".part") || name.endsWith(".part-journal"))
                        && Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // Leftovers waste room but harm nothing; the next backup tries again.
        }
    }

    /** The copies in {@code dbFile}'s backups folder, without opening {@code dbFile} or any copy: just their names. */
    static List<Path> namedLike(Path dbFile) {
        Backups b = new Backups(dbFile, Clock.systemUTC());
        if (!Files.isDirectory(b.folder)) {
            return List.of();
        }
        Pattern own = b.pattern();
        try (Stream<Path> files = Files.list(b.folder)) {
            return files.filter(f -> own.matcher(f.getFileName().toString()).matches()).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Refuses, with what to do, a database whose name or path leaves no room for its backups' names. */
    static void requireRoomForNames(Path dbFile, String what) {
        String name = dbFile.getFileName().toString();
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > LONGEST_NAME_BYTES) {
            throw new StoreException("cannot " + what + ": the database's file name is " + bytes + " bytes long, and "
                    + "its backups and temporary files need longer names than the disk allows; use a name of at most "
                    + LONGEST_NAME_BYTES + " bytes. Nothing was changed.");
        }
        SqlitePathLength.requireRoomForBackups(dbFile, what);
    }

    /** The name for a new copy, in the folder (which is created). */
    private Path freshName(boolean damaged) throws IOException {
        requireRoomForNames(dbFile, "make a backup");
        Files.createDirectories(folder);
        Instant now = clock.instant();
        String suffix = (damaged ? DAMAGED : "") + ".db";
        Path target = folder.resolve(prefix() + STAMP.format(now) + suffix);
        // The stamp alone orders the backups; two made in one millisecond get the next free one.
        while (Files.exists(folder.resolve(prefix() + STAMP.format(now) + ".db"))
                || Files.exists(folder.resolve(prefix() + STAMP.format(now) + DAMAGED + ".db"))) {
            now = now.plusMillis(1);
            target = folder.resolve(prefix() + STAMP.format(now) + suffix);
        }
        return target;
    }

    /**
     * For a database too damaged to open, which no connection can copy or restore into: its file and
     * write-ahead log are kept as a damaged copy, then the newest sound backup is put in its place
     * (the old log and shared memory removed, or SQLite would replay them into the backup).
     * Throws, changing nothing, when there is no sound backup.
     */
    public Replacement replaceUnopenable() {
        Backup newest = list().stream().filter(Backup::sound).findFirst()
                .orElseThrow(() -> new StoreException(dbFile + " is damaged beyond opening and has no sound backup in "
                        + folder + "; nothing was changed. Move the file away and import your dataset again."));
        return replaceUnopenable(newest);
    }

    /** As {@link #replaceUnopenable()}, with the backup the user chose (one {@link #list} gave) rather than the newest. */
    public Replacement replaceUnopenable(Backup newest) {
        if (newest.dataset().isEmpty()) {
            throw new StoreException("the backup " + newest.name() + " cannot be read; nothing was changed. "
                    + "Choose another one.");
        }
        Path kept;
        try {
            // Through a link, the file it points to is mended (as SQLite follows it), and the link stays a link.
            Path file = dbFile.toRealPath();
            kept = freshName(true);
            Path part = kept.resolveSibling("." + kept.getFileName() + ".part");
            Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, kept, StandardCopyOption.ATOMIC_MOVE);
            Path wal = companion(file, "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, companion(kept, "-wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            Path restored = file.resolveSibling("." + file.getFileName() + ".restore.part");
            Files.copy(newest.file(), restored, StandardCopyOption.REPLACE_EXISTING);
            for (String companion : new String[] {"-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(companion(file, companion));
            }
            Files.move(restored, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot put the backup " + newest.name() + " in place of " + dbFile + ": "
                    + StoreErrors.describe(e), e);
        }
        settle(newest.file());
        return new Replacement(newest, kept);
    }

    /** What {@link #replaceUnopenable} did: the backup now in the database's place, and where the damaged file went. */
    public record Replacement(Backup restored, Path kept) {
    }

    private static Path companion(Path db, String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }

    /**
     * A copy of a damaged database, page for page: {@code VACUUM INTO} reads every row and stops at
     * the first damaged page, while SQLite's online backup copies pages without reading them.
     */
    private static void copyPages(Connection connection, Path part) throws SQLException {
        // SQLite's backup API called directly: sqlite-jdbc's "backup to '…'" cannot quote a path with an apostrophe.
        int rc = connection.unwrap(SQLiteConnection.class).getDatabase().backup("main", part.toString(), null);
        if (rc != 0) {
            throw new SQLException("the copy stopped (SQLite result code " + rc + ")");
        }
        // The copy keeps the WAL mode, which would leave -wal and -shm files beside it each time it is listed.
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + part);
             Statement st = copy.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            // Page 1 itself may be damaged; the copy is still the damaged state, kept as it is.
        }
    }

    /**
     * After a change that made a backup has succeeded: removes sound copies beyond the newest
     * {@value #KEEP} and damaged ones beyond {@value #KEEP_DAMAGED}, never one of {@code keep} (the
     * backup just restored, even when it was the oldest, stays and takes an older one's place), and
     * never one dated more than a day ahead of the clock.
     */
    public void settle(Path... keep) {
        // The backup restored and the one taken before may be one file: restoring a copy of what the
        // database already held finds it "already backed up" (Set.of refused the repeat).
        Set<Path> kept = Set.copyOf(Arrays.asList(keep));
        // A copy dated ahead of now (a clock once wrong, backups brought from another machine) would
        // stay "newest" for ever and push out every copy made since: it is neither counted nor removed.
        String latest = prefix() + STAMP.format(clock.instant().plus(Duration.ofDays(1)));
        List<Backup> all = list().stream().filter(b -> b.name().compareTo(latest) <= 0).toList();
        // A file named like a backup that cannot be read as one (put there by hand, a link elsewhere)
        // is neither counted among the sound copies nor removed: it is not Parley's to delete.
        List<Backup> sound = all.stream().filter(b -> b.sound() && !kept.contains(b.file())).toList();
        long keptSound = all.stream().filter(b -> b.sound() && kept.contains(b.file())).count();
        List<Backup> damaged = all.stream().filter(b -> b.damaged() && !kept.contains(b.file())).toList();
        removeAllBut(sound, (int) Math.max(0, KEEP - keptSound));
        removeAllBut(damaged, KEEP_DAMAGED);
    }

    private static void removeAllBut(List<Backup> newestFirst, int keep) {
        for (Backup old : newestFirst.subList(Math.min(keep, newestFirst.size()), newestFirst.size())) {
            try {
                Files.deleteIfExists(old.file());
                // A restore keeps a database's log beside its copy; SQLite may have left the others.
                for (String companion : new String[] {"-wal", "-shm", "-journal"}) {
                    Files.deleteIfExists(companion(old.file(), companion));
                }
            } catch (IOException e) {
                // An extra old backup is harmless; the next backup tries again.
            }
        }
    }

    /**
     * The backups of this database, newest first, for a user who asked to see them: a file where
     * the folder should be is said (no backup can be made while it is there), not listed as none yet.
     */
    public List<Backup> listAsked() {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException("cannot list the backups: " + folder + " is a file, not a folder, so no backup can be "
                    + "made there either; move it away, and backups are kept there again");
        }
        return list();
    }

    /** The backups of this database, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> pattern().matcher(p.getFileName().toString()).matches()).toList();
        } catch (IOException e) {
            throw new StoreException("cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        List<Backup> backups = new ArrayList<>();
        for (Path f : files) {
            backups.add(describe(f));
        }
        backups.sort(Comparator.comparing(Backups::stamp).reversed());
        return backups;
    }

    private static String stamp(Backup b) {
        String name = b.name();
        return name.substring(0, name.length() - (b.damaged() ? DAMAGED.length() : 0) - ".db".length());
    }

    /** The backup called {@code name} (as {@link Backup#name()} gives it). */
    public Backup find(String name) {
        return list().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow(() ->
                new StoreException("no backup called \"" + name + "\" in " + folder
                        + "; \"parley backups\" lists them"));
    }

    private Backup describe(Path f) {
        long bytes;
        Instant made;
        try {
            bytes = Files.size(f);
            made = Files.getLastModifiedTime(f).toInstant();
        } catch (IOException e) {
            bytes = 0;
            made = Instant.EPOCH;
        }
        Optional<DatasetInfo> info = Optional.empty();
        long events = 0;
        // A pipe or device named like a backup is never opened: SQLite reading a pipe waits for a
        // writer that never comes, and the listing, the import that settles its backups, hung.
        if (!Files.isRegularFile(f)) {
            return new Backup(f, made, bytes, info, events);
        }
        // Immutable unless a log holds changes: a listing makes no -wal or -shm beside a backup.
        try (Connection c = ParleyFileCheck.inspect(f); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT title, content_hash, origin, imported_at FROM dataset")) {
                if (rs.next()) {
                    info = Optional.of(new DatasetInfo(rs.getString(1), rs.getString(2), Origin.byId(rs.getString(3)),
                            Instant.parse(rs.getString(4))));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
                events = rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException | RuntimeException e) {
            // Listed all the same, without its contents: the user may still want to know it is there.
        }
        return new Backup(f, made, bytes, info, events);
    }

    /** Replaces the open database's content with {@code backup}'s, in one step (SQLite's online backup). */
    void restoreInto(Connection connection, Backup backup) {
        Path wal = Path.of(backup.file() + "-wal");
        Path shm = Path.of(backup.file() + "-shm");
        boolean hadLog = Files.exists(wal, LinkOption.NOFOLLOW_LINKS) || Files.exists(shm, LinkOption.NOFOLLOW_LINKS);
        try {
            // sqlite3_backup from the file into the open database, called directly: sqlite-jdbc's
            // "restore from '…'" cannot quote a path with an apostrophe.
            int rc = connection.unwrap(SQLiteConnection.class).getDatabase()
                    .restore("main", backup.file().toString(), null);
            if (rc != 0) {
                throw new SQLException("the restore stopped (SQLite result code " + rc + ")", null, rc);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot restore " + backup.name() + ": " + StoreErrors.describe(e)
                    + "; the database was left as it was", e);
        } finally {
            if (!hadLog) {
                removeEmptyLog(wal, shm);
            }
        }
    }

    /**
     * A copy in WAL mode put among the backups by hand (Parley's own are not) got an empty log and
     * shared memory beside it from being read; they held nothing and are removed again.
     */
    private static void removeEmptyLog(Path wal, Path shm) {
        try {
            if (!Files.exists(wal, LinkOption.NOFOLLOW_LINKS) || Files.size(wal) == 0) {
                Files.deleteIfExists(wal);
                Files.deleteIfExists(shm);
            }
        } catch (IOException e) {
            // Tidying only: the restore itself is done.
            return;
        }
    }
}
