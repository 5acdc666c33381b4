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

    /**
     * Writes several files all or nothing: every content goes to a temporary sibling first, and
     * only when all are complete are they moved into place, so a failure replaces none of them.
     */
    public static void writeAll(java.util.Map<Path, Content> files) {
        java.util.Map<Path, Path> staged = new java.util.LinkedHashMap<>();
        try {
            for (java.util.Map.Entry<Path, Content> f : files.entrySet()) {
                Path absolute = f.getKey().toAbsolutePath();
                Path dir = absolute.getParent();
                if (Files.isDirectory(absolute)) {
                    throw new ExportException(absolute + " is a folder; give a file name to write to.");
                }
                if (dir == null || !Files.isDirectory(dir)) {
                    throw new ExportException("The folder " + dir + " does not exist.");
                }
                Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
                staged.put(tmp, absolute);
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    f.getValue().writeTo(out);
                }
            }
            for (java.util.Map.Entry<Path, Path> s : staged.entrySet()) {
                try {
                    Files.move(s.getKey(), s.getValue(), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(s.getKey(), s.getValue(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (AccessDeniedException e) {
            throw new ExportException("Cannot write to " + e.getFile() + ": permission denied.", e);
        } catch (FileSystemException e) {
            throw new ExportException("Cannot write " + e.getFile() + ": " + e.getReason(), e);
        } catch (IOException e) {
            throw new ExportException("Cannot write the export: " + e.getMessage(), e);
        } finally {
            staged.keySet().forEach(AtomicFiles::deleteQuietly);
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
