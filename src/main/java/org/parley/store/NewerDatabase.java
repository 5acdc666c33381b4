package org.parley.store;

import java.nio.file.Path;

/**
 * The database was written by a newer Parley: this one cannot read it, and leaves it as it is. A
 * type of its own because what the user can do differs from every other file that cannot be
 * opened: the file is sound and theirs, so it is Parley that needs updating, not the file or folder.
 */
public final class NewerDatabase extends StoreException {

    NewerDatabase(Path file, int version, int latest) {
        super("database " + file + " was written by a newer Parley (schema version " + version
                + "; this version knows up to " + latest + "). Update Parley or choose another database file; "
                + "the file was not changed.");
    }
}
