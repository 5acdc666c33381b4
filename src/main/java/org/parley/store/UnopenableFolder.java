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

    /**
     * The reason {@code file} cannot be created, if it does not exist and its folder cannot be written (or the
     * nearest folder above it that exists lies on a read-only disk); else empty.
     */
    static Optional<String> why(Path file) {
        Optional<Path> onReadOnlyDisk = Files.exists(file) ? Optional.empty() : ReadOnlyDisk.folderAbove(file);
        return onReadOnlyDisk.map(UnopenableFolder::readOnly).or(() -> why(file, Files::isWritable));
    }

    /**
     * Refuses to create {@code file} where the file system tells it cannot be, before anything is made: SQLite's
     * failure, later, said only that the file "cannot be opened or created there".
     */
    static void refuseNew(Path file) {
        Optional<Path> onReadOnlyDisk = Files.exists(file) ? Optional.empty() : ReadOnlyDisk.folderAbove(file);
        if (onReadOnlyDisk.isPresent()) {
            throw new OnReadOnlyDisk(cannotCreate(file, readOnly(onReadOnlyDisk.get())), null);
        }
        Optional<String> why = why(file, Files::isWritable);
        if (why.isPresent()) {
            throw new StoreException(cannotCreate(file, why.get()));
        }
    }

    private static String readOnly(Path folder) {
        return "the folder " + folder + ReadOnlyDisk.IS_ON + ", so no database can be created in it; choose a folder "
                + "on a disk that can be written";
    }

    private static String cannotCreate(Path file, String why) {
        return "cannot create database " + file + ": " + why + ". Nothing was created.";
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
