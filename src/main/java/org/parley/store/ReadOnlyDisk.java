package org.parley.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a path lies on a disk mounted read-only (a live USB stick, a locked card, a file system the
 * system remounted read-only after an error). Neither permissions nor root's override change that, so it
 * is told apart from a folder the user may not write in: the system's own words were "Read-only file
 * system", and SQLite's only that it could not open the file.
 */
final class ReadOnlyDisk {

    /** What the user is told of a folder on such a disk, after its path. */
    static final String IS_ON = " is on a read-only disk (its file system is mounted read-only)";

    private ReadOnlyDisk() {
    }

    /**
     * The nearest folder at or above {@code path} that exists, when it lies on a read-only disk: that is the
     * one to name, since nothing below it can be made; empty when there is none or its disk can be written.
     */
    static Optional<Path> folderAbove(Path path) {
        for (Path p = path.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
                return holds(p) ? Optional.of(p) : Optional.empty();
            }
            if (Files.exists(p)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether {@code failure} is the system's refusal to write on a read-only disk (EROFS). */
    static boolean refused(FileSystemException failure) {
        return "Read-only file system".equals(failure.getReason());
    }

    /**
     * Asked of the system itself, by trying to make a folder there, and only of a folder that cannot be
     * written anyway, so that nothing is made: Java's {@code FileStore.isReadOnly} reads the mount table by
     * device and missed a folder bind-mounted read-only on a disk that can be written. The system checks a
     * disk's read-only mount before any permission, so what it answers tells the two apart.
     */
    private static boolean holds(Path existing) {
        if (Files.isWritable(existing)) {
            return false;
        }
        Path probe = existing.resolve(".parley-write-check-" + ProcessHandle.current().pid());
        try {
            Files.createDirectory(probe);
            // Written after all (its permissions changed meanwhile): taken away again.
            Files.deleteIfExists(probe);
            return false;
        } catch (FileSystemException e) {
            return refused(e);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
