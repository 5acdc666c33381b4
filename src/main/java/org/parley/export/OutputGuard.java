package org.parley.export;

import org.parley.seed.TextSource;
import org.parley.store.OpenDatabases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Refuses an output path that names a file Parley must not write over, whatever {@link Overwrite}
 * allows: an open database or its WAL, shared-memory or journal file, any other SQLite database
 * (a closed one, a backup) or its WAL/SHM/journal, or a file a dataset was read from in this run.
 * Paths are compared after resolving links and {@code ..}, so another spelling of the same file is caught.
 */
final class OutputGuard {

    private OutputGuard() {
    }

    static void check(Path target) {
        Path real = OpenDatabases.real(target);
        OpenDatabases.owning(real).ifPresent(db -> {
            throw new ExportException(real.equals(db)
                    ? "refusing to write " + target + ": it is the open database. Choose another file name."
                    : "refusing to write " + target + ": it belongs to the open database " + db
                    + ". Choose another file name.");
        });
        sqliteFileAt(real).ifPresent(db -> {
            throw new ExportException(real.equals(db)
                    ? "refusing to write " + target + ": it is an SQLite database (a database or a backup). "
                    + "Choose another file name."
                    : "refusing to write " + target + ": it belongs to the SQLite database " + db
                    + ". Choose another file name.");
        });
        if (TextSource.wasRead(real)) {
            throw new ExportException("refusing to write " + target + ": it is one of the dataset's own files "
                    + "(its JSON or a source text). Choose another file name.");
        }
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** The SQLite database {@code real} is, or whose -wal, -shm or -journal it is. */
    private static Optional<Path> sqliteFileAt(Path real) {
        if (isSqlite(real)) {
            return Optional.of(real);
        }
        String name = real.getFileName() == null ? "" : real.getFileName().toString();
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                Path db = real.resolveSibling(name.substring(0, name.length() - suffix.length()));
                if (isSqlite(db)) {
                    return Optional.of(db);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isSqlite(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
