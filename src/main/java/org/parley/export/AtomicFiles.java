package org.parley.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary sibling and moves it into place, so a failed export leaves
 * neither a partial file nor a damaged earlier one.
 */
public final class AtomicFiles {

    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new ExportException(absolute + " is a folder; give a file name to write to.");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("The folder " + dir + " does not exist.");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (AccessDeniedException e) {
            throw new ExportException("Cannot write to " + dir + ": permission denied.", e);
        } catch (NoSuchFileException e) {
            throw new ExportException("The folder " + dir + " does not exist.", e);
        } catch (FileSystemException e) {
            throw new ExportException("Cannot write " + absolute + ": " + e.getReason(), e);
        } catch (IOException e) {
            throw new ExportException("Cannot write " + absolute + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // The export already failed with a clearer message; a stray .part file is the lesser harm.
            tmp.toFile().deleteOnExit();
        }
    }
}
