package org.parley.export;

import org.parley.seed.TextSource;
import org.parley.store.OpenDatabases;

import java.nio.file.Path;

/**
 * Refuses an output path that names a file Parley must not write over: an open database or its
 * WAL, shared-memory or journal file, or a file a dataset was read from in this run. Paths are
 * compared after resolving links and {@code ..}, so another spelling of the same file is caught.
 */
final class OutputGuard {

    private OutputGuard() {
    }

    static void check(Path target) {
        Path real = OpenDatabases.real(target);
        OpenDatabases.owning(real).ifPresent(db -> {
            throw new ExportException(real.equals(db)
                    ? "Refusing to write " + target + ": it is the open database. Choose another file name."
                    : "Refusing to write " + target + ": it belongs to the open database " + db
                    + ". Choose another file name.");
        });
        if (TextSource.wasRead(real)) {
            throw new ExportException("Refusing to write " + target + ": it is one of the dataset's own files "
                    + "(its JSON or a source text). Choose another file name.");
        }
    }
}
