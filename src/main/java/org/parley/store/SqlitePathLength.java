package org.parley.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * SQLite opens no file whose full path, with "-journal" after it, passes 512 bytes (its Unix
 * layer's limit), and says only that it cannot open it. A database made in a deep folder took its
 * data, then every replacement failed at its first backup, whose path is longer, with "is the
 * folder there, and can it be written?": it was, and could.
 */
final class SqlitePathLength {
    /** The Unix layer's limit on a path SQLite opens, in bytes. */
    static final int LIMIT = 512;
    /** What SQLite adds to a database's path for its rollback journal, the longest of its working files. */
    private static final int JOURNAL = "-journal".length();
    /**
     * What the longest file SQLite opens for a database adds to its name: a damaged copy's
     * half-written file in the backups folder ("backups/.NAME-20260101-120000-000-damaged.db.part").
     */
    static final int LONGEST_BACKUP_EXTRA = (Backups.FOLDER + "/.-20260101-120000-000" + Backups.DAMAGED + ".db.part").length();

    private SqlitePathLength() {
    }

    /** Refuses, with the longest path that works, a database whose backups SQLite could not open. */
    static void requireRoomForBackups(Path dbFile, String what) {
        int bytes = bytes(asSqliteSeesIt(dbFile));
        int longest = bytes + LONGEST_BACKUP_EXTRA + JOURNAL;
        if (longest > LIMIT) {
            throw new StoreException("cannot " + what + ": the database's path (" + dbFile + ") is " + bytes + " bytes long, "
                    + "and SQLite cannot open paths longer than " + LIMIT + " bytes, as its backups' paths would be; keep the "
                    + "database in a folder with a shorter path, so that its own is at most " + (LIMIT - LONGEST_BACKUP_EXTRA - JOURNAL)
                    + " bytes. Nothing was changed.");
        }
    }

    /**
     * Why SQLite cannot open the database {@code dbFile} when its path is too long for SQLite to open it,
     * "-journal" and all; else empty. A database made elsewhere and moved into a deep folder got "is the
     * folder there, and can it be written?", though it was, and could.
     */
    static Optional<String> tooLongToOpen(Path dbFile) {
        int bytes = bytes(asSqliteSeesIt(dbFile));
        if (bytes + JOURNAL <= LIMIT) {
            return Optional.empty();
        }
        return Optional.of("its full path is " + bytes + " bytes long, and SQLite cannot open a database whose "
                + "path is longer than " + (LIMIT - JOURNAL) + " bytes; move it to a folder with a shorter path. "
                + "The file was not changed.");
    }

    /**
     * The path as SQLite opens it: absolute, with the links of its folders followed (SQLite follows
     * them too, so a short link to a deep folder does not shorten it).
     */
    static Path asSqliteSeesIt(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path existing = absolute.getParent();
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    private static int bytes(Path path) {
        return path.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
