package org.parley.store;

import org.sqlite.BusyHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens the database file and makes it ready: refuses what is not ours to touch before writing
 * anything, then sets up the connection and migrates.
 */
final class StoreFile {

    /** Every SQLite 3 database begins with these 16 bytes. */
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Page cache in KiB (negative means KiB to SQLite); big imports and FTS merges fit in memory. */
    private static final int CACHE_KIB = 65_536;

    private StoreFile() {
    }

    /**
     * What an open may do to the file. {@code WORK}: everything Parley needs to write safely (WAL
     * journal, migrations). {@code READ}: a command that only reads leaves a current database's file
     * exactly as it is, journal mode included; an older one is still migrated, since it cannot be read
     * otherwise. {@code NO_WRITES}: nothing at all, even where the file could be written.
     */
    enum Access { WORK, READ, NO_WRITES }

    static Connection open(Path file, Migrations migrations) {
        return open(file, migrations, Access.WORK);
    }

    static Connection open(Path file, Migrations migrations, Access access) {
        boolean forceReadOnly = access == Access.NO_WRITES;
        refuseBackupCopies(file);
        // Open here already, the file was checked then; reading it again through Java would drop the
        // locks SQLite holds on it for this process (see OpenDatabases).
        if (!OpenDatabases.isOpen(file)) {
            refuseCompanionNames(file);
            refuseForeignFile(file);
            ParleyFileCheck.refuseOtherDatabases(file);
        }
        if (forceReadOnly && !Files.exists(file)) {
            throw new StoreException("database " + file + " does not exist");
        }
        boolean readOnly = forceReadOnly || ParleyFileCheck.isReadOnly(file);
        // Another program has it open (its write-ahead log lies beside it): a command that only reads
        // opens it without the right to write, so that closing can neither checkpoint it nor delete the
        // log that program goes on writing to, even where that program lost its locks (see OpenDatabases).
        boolean besideAnother = !readOnly && access == Access.READ
                && Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        // A database this open creates goes again if it cannot be made whole: nothing is left behind.
        boolean creating = !readOnly && !Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (creating) {
            // As an import from a file refuses it (NewDatabaseImport): past 251 bytes SQLite cannot make the
            // "-wal" and the message blamed the folder; past 200, the database took data it could never back up.
            Backups.requireRoomForNames(file, "create the database");
            UnopenableFolder.refuseNew(file);
        }
        if (!readOnly) {
            createParent(file);
        }
        Connection connection;
        try {
            connection = readOnly || besideAnother ? ParleyFileCheck.openReadOnly(file)
                    : DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + file + ": " + StoreErrors.describe(e, file), e);
        }
        // Known as open from the moment SQLite holds it, so that an open on another thread meanwhile
        // does not read it through Java; the store that takes the connection says when it is closed.
        OpenDatabases.opened(file);
        try {
            configure(connection, file);
            int version = Migrations.userVersion(connection);
            if (version < 0) {
                // No Parley writes a negative version: another program's file, or one edited by hand.
                throw new StoreException("database " + file + " has schema version " + version + ", which no Parley writes; "
                        + "it was not made by Parley, or was changed by another program. Choose another database file; "
                        + "the file was not changed.");
            }
            if (version > migrations.latestVersion()) {
                throw new NewerDatabase(file, version, migrations.latestVersion());
            }
            if (version == migrations.latestVersion()) {
                refuseMissingTables(connection, file);
            }
            if (besideAnother && version < migrations.latestVersion()) {
                // Older: migrated below, as any read of an older database is, which needs the right to write.
                connection.close();
                connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                configure(connection, file);
            } else if (readOnly || besideAnother) {
                if (version == 0 && isEmpty(file)) {
                    // Version 0 here is no older Parley's: it is a file with nothing in it, which cannot be written.
                    throw new StoreException("database " + file + " is an empty file that cannot be written (it or its "
                            + "folder is read-only): it holds no database, and Parley cannot make one in it. Name another "
                            + "database with --db, or make it writable; the file was not changed.");
                }
                if (version < migrations.latestVersion()) {
                    throw new StoreException("database " + file + " is read-only and was written by an older Parley; "
                            + "copy it somewhere writable to upgrade it. The file was not changed.");
                }
                return connection;
            }
            if (access == Access.READ && version == migrations.latestVersion()) {
                return connection;
            }
            try (Statement st = connection.createStatement()) {
                // Switching to WAL writes the file header, so only once the file is known to be ours.
                st.execute("PRAGMA journal_mode = WAL");
                // In WAL mode NORMAL is still safe against corruption and much faster for bulk imports.
                st.execute("PRAGMA synchronous = NORMAL");
            }
            migrations.migrate(connection, version);
            return connection;
        } catch (SQLException | RuntimeException e) {
            closeQuietlyAfter(connection, e);
            OpenDatabases.closed(file);
            if (creating) {
                boolean full = FreeSpace.nearlyFull(file.toAbsolutePath().getParent());
                removeNew(file, e);
                if (full) {
                    throw new StoreException("cannot create database " + file + ": disk full (no space left to write "
                            + "the database); nothing was created", e);
                }
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            if (StoreErrors.damaged(e)) {
                // Checking needs an open database: only a backup put in its place can mend this one.
                throw StoreException.unopenable("cannot open database " + file + ": the file is damaged beyond "
                        + "opening; " + (hasSoundBackup(file) ? "\"parley repair --db " + file + "\" puts its newest sound "
                        + "backup in its place" : "it has no sound backup to put in its place: move it away, and "
                        + "import your dataset again"), e);
            }
            throw new StoreException(preparing(file, e), e);
        }
    }

    /**
     * Why {@code file} could not be made ready. A lock is said as every other command says it, "FILE: another
     * program is using the database": "cannot prepare database" told the user of a step, not of the other program.
     */
    private static String preparing(Path file, Exception e) {
        return (StoreErrors.busy(e) ? file + ": " : "cannot prepare database " + file + ": ") + StoreErrors.describe(e, file);
    }

    /**
     * A regular file with no bytes; anything unreadable is left for opening to describe in its own words.
     * Its size alone does not tell: /proc reports 0 for files that hold text ({@code /proc/self/status}), which
     * were called empty. A file said to have 0 bytes is read for one.
     */
    static boolean isEmpty(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) != 0) {
                return false;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.read() < 0;
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes the database an open has just created, with the working files SQLite made beside it. */
    static void removeNew(Path file, Exception cause) {
        for (String suffix : OpenDatabases.COMPANIONS) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /** A current database another program removed a table or a column from: only a backup put in its place mends it. */
    private static void refuseMissingTables(Connection connection, Path file) throws SQLException {
        Optional<String> missing = SchemaTables.firstMissing(connection);
        if (missing.isPresent()) {
            throw StoreException.unopenable("cannot open database " + file + ": " + missing.get()
                    + " is missing from it (another program removed it); " + (hasSoundBackup(file)
                    ? "\"parley repair --db " + file + "\" puts its newest sound backup in its place"
                    : "it has no sound backup to put in its place: move it away, and import your dataset again"), null);
        }
    }

    /** Whether a backup that can be restored is beside {@code file}; a message must not promise one that is not. */
    private static boolean hasSoundBackup(Path file) {
        try {
            return new Backups(file, Clock.systemUTC()).list().stream()
                    .anyMatch(Backup::sound);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Creates and migrates a database at {@code file}, which must not exist, for one bulk write by
     * this connection alone: the rollback journal is kept in memory and nothing is synced, which is
     * safe only because the file is someone's database only once it is whole (see
     * {@link NewDatabaseImport}); until then a crash leaves a temporary file and nothing else.
     */
    static Connection openNew(Path file, Migrations migrations) {
        refuseCompanionNames(file);
        refuseBackupCopies(file);
        createParent(file);
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new StoreException("cannot create database " + file + ": " + StoreErrors.describe(e), e);
        }
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA cache_size = -" + CACHE_KIB);
                st.execute("PRAGMA journal_mode = MEMORY");
                st.execute("PRAGMA synchronous = OFF");
            }
            migrations.migrate(connection, 0);
            return connection;
        } catch (SQLException | RuntimeException e) {
            closeQuietlyAfter(connection, e);
            throw new StoreException(preparing(file, e), e);
        }
    }

    /**
     * SQLite keeps a database's working files beside it as NAME-wal, NAME-shm and NAME-journal, and
     * deletes or rewrites them when it opens NAME. So a database must not be named like one (opening
     * "p.db" deleted a database the user had called "p.db-wal"), nor may such a name beside it be a
     * database of its own.
     */
    static void refuseCompanionNames(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        OpenDatabases.workingFileSuffix(file).ifPresent(suffix -> {
            throw new StoreException(file + ": a database cannot be named like SQLite's working files (…" + suffix
                    + "): SQLite would take it for the working file of "
                    + name.substring(0, name.length() - suffix.length()) + " and delete it. Choose a name that does "
                    + "not end in -wal, -shm or -journal; nothing was changed.");
        });
        for (String suffix : OpenDatabases.COMPANIONS) {
            Path beside = file.resolveSibling(name + suffix);
            if (!suffix.isEmpty() && Files.isRegularFile(beside) && startsWithSqliteHeader(beside)) {
                throw new StoreException(beside + " is a database of its own, not the working file of " + file
                        + ": SQLite would delete it on opening " + file.getFileName() + ". Rename it to a name that does "
                        + "not end in " + suffix + "; nothing was changed.");
            }
        }
    }

    /**
     * A copy in a database's backups folder is never opened as a database: even reading it switches
     * its journal and so changes its bytes, and a write (an import named there) replaced the copy a
     * restore would bring back. A new database of such a name would be taken for a copy and rotated away.
     */
    static void refuseBackupCopies(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
        Matcher copy = BACKUP_NAME.matcher(name);
        if (folder == null || folder.getFileName() == null || !folder.getFileName().toString().equals(Backups.FOLDER)
                || !copy.matches()) {
            return;
        }
        Path original = folder.resolveSibling(copy.group(1));
        if (copy.group(2) != null) {
            throw new StoreException(file + " is the copy of a damaged database that Parley keeps, for reference, among "
                    + "the backups of " + original + ", and opening it would change it. To look inside, copy it out of "
                    + "the backups folder first. Nothing was changed.");
        }
        throw new StoreException(file + " is one of Parley's backups of " + original + ", and opening it would change it. "
                + "To bring it back, use File → Restore a backup… or parley --db " + original + " backups --restore "
                + name + "; to look inside, copy it out of the backups folder first. Nothing was changed.");
    }

    /** A backup's name: the database's own name, then when it was copied. */
    private static final Pattern BACKUP_NAME =
            Pattern.compile("(.+)-\\d{8}-\\d{6}-\\d{3}(-damaged)?\\.db");

    private static boolean startsWithSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** A non-empty file that does not start with the SQLite header is someone else's: leave it alone. */
    private static void refuseForeignFile(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new StoreException((file.toString().isEmpty() ? "the empty path (the current folder)" : file)
                    + " is not a file; choose a database file");
        }
        try {
            if (isEmpty(file)) {
                return;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SQLITE_HEADER.length);
            }
            if (!Arrays.equals(head, SQLITE_HEADER)) {
                if (!Backups.namedLike(file).isEmpty()) {
                    // Parley made copies of a database of this name: its first page is damaged, not someone else's file.
                    throw StoreException.unopenable(file + " does not start as an SQLite database, though Parley keeps "
                            + "backups of it in " + file.toAbsolutePath().resolveSibling(Backups.FOLDER) + ": its first "
                            + "page is probably damaged. It was not changed. \"parley --db " + file + " repair\" keeps it "
                            + "as a damaged copy and puts the newest sound backup in its place; \"parley --db " + file
                            + " backups\" lists them.", null);
                }
                throw new StoreException(file + " is not a Parley database (not an SQLite file); it was not changed. "
                        + "Choose another file or a new name.");
            }
        } catch (IOException e) {
            // Java's message is the path again: the reason, in words, says what to do.
            throw new StoreException("cannot read database " + file + ": " + (e instanceof AccessDeniedException
                    ? "permission denied" : StoreErrors.describe(e)), e);
        }
    }

    /**
     * Refuses a new database whose path runs through a file, or whose folder's folder is missing too:
     * Parley makes only the last folder of the path, as for exports, and a mistyped path
     * ("nodir/deeper/x.db") had left a tree of empty folders behind.
     */
    static void requireCreatableFolder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        // A file in the way, even as the folder itself ("p.db/x.db"): else the failure named the hidden working file.
        for (Path up = parent; up != null; up = up.getParent()) {
            if (Files.exists(up) && !Files.isDirectory(up)) {
                throw new StoreException("cannot create database " + file + ": " + up + " is a file, not a folder. "
                        + "Nothing was created.");
            }
        }
        Path grand = parent.getParent();
        if (grand != null && !Files.isDirectory(grand)) {
            throw new StoreException("cannot create database " + file + ": the folder " + grand + " does not exist. "
                    + "Check the path; Parley creates only the last folder of it. Nothing was created.");
        }
    }

    /** Makes the database's folder when it is missing (see {@link #requireCreatableFolder}). */
    private static void createParent(Path file) {
        requireCreatableFolder(file);
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create folder " + parent + " for database " + file + ": "
                    + StoreErrors.describe(e), e);
        }
    }

    /** What touches only the connection, not the file, so it comes before the version check. */
    private static void configure(Connection connection, Path file) throws SQLException {
        BusyHandler.setHandler(connection, new BusyWait(file));
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA cache_size = -" + CACHE_KIB);
        }
    }

    /** Closing after a failure must not hide the failure; a close problem is attached to it. */
    private static void closeQuietlyAfter(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException closing) {
            failure.addSuppressed(closing);
        }
    }
}
