package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Why SQLite could not create a database, when the file system tells: SQLite says only that it
 * "cannot open" the file, which read as "is the folder there, and can it be written?" even when
 * Parley could see that the folder was there and could not be written.
 */
final class UnopenableFolder {

    private UnopenableFolder() {
    }

    /** The reason {@code file} cannot be created, if it does not exist and its folder cannot be written; else empty. */
    static Optional<String> why(Path file) {
        return why(file, Files::isWritable);
    }

    /** As {@link #why(Path)}, with the test of a folder's write permission given (root may write anywhere). */
    static Optional<String> why(Path file, Predicate<Path> writable) {
        if (Files.exists(file)) {
            return Optional.empty();
        }
        // The folder as the user named it ("ro" for --db ro/new.db), or the working folder.
        Path folder = file.getParent() != null ? file.getParent() : file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder) || writable.test(folder)) {
            return Optional.empty();
        }
        return Optional.of("the folder " + folder + " cannot be written (permission denied), so no database can be "
                + "created in it; choose another folder");
    }
}
