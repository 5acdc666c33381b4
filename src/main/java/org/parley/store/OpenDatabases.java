package org.parley.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database files this process has open, with the companions SQLite keeps beside them, so that
 * no export can be told to write over them ({@code export-image --db x.db --out x.db}), and so that
 * nothing in this process reads them through Java's own files: closing any other handle on a file
 * drops every lock the process holds on it (POSIX record locks are per process), SQLite's included.
 * Another program closing the database then takes itself for its last user, and deletes the
 * write-ahead log this process is still writing to: what it wrote next reached no one, and a crash lost it.
 */
public final class OpenDatabases {

    /** The files SQLite keeps beside a database: its write-ahead log, shared memory and rollback journal. */
    static final List<String> COMPANIONS = List.of("", "-wal", "-shm", "-journal");

    /** The suffix of SQLite's working files that {@code file}'s name ends in ("-wal"), or empty when none. */
    public static Optional<String> workingFileSuffix(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return COMPANIONS.stream().filter(s -> !s.isEmpty() && name.endsWith(s) && name.length() > s.length()).findFirst();
    }

    private static final Map<Path, Integer> OPEN = new ConcurrentHashMap<>();

    private OpenDatabases() {
    }

    static void opened(Path db) {
        OPEN.merge(real(db), 1, Integer::sum);
    }

    static void closed(Path db) {
        OPEN.computeIfPresent(real(db), (k, n) -> n <= 1 ? null : n - 1);
    }

    /** Whether this process has {@code db} open. */
    static boolean isOpen(Path db) {
        return OPEN.containsKey(real(db));
    }

    /** The open database that {@code realPath} is, or is a companion file of. */
    public static Optional<Path> owning(Path realPath) {
        for (Path db : OPEN.keySet()) {
            for (String suffix : COMPANIONS) {
                if (realPath.equals(db.resolveSibling(db.getFileName() + suffix))) {
                    return Optional.of(db);
                }
            }
        }
        return Optional.empty();
    }

    /** The path with every link and {@code ..} resolved, as far as it exists; the rest appended as given. */
    public static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        Path rest = null;
        while (existing != null) {
            try {
                Path real = existing.toRealPath();
                return rest == null ? real : real.resolve(rest);
            } catch (IOException | RuntimeException e) {
                Path name = existing.getFileName();
                if (name == null) {
                    break;
                }
                rest = rest == null ? name : name.resolve(rest);
                existing = existing.getParent();
            }
        }
        return absolute;
    }
}
