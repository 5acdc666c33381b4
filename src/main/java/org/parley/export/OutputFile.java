package org.parley.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns the user's {@code --out} into the one file a single-file format writes: the path itself
 * when it names a file (a device or a pipe is refused as the file it was meant to be), or
 * {@code defaultName} inside it when it is a folder or has no extension.
 * A missing last folder is created (the one the user named for the export), after checking that
 * none of the path's ancestors is a regular file; deeper missing folders are a mistyped path, and
 * fail with a message instead of a tree of new folders.
 */
final class OutputFile {

    private OutputFile() {
    }

    static Path resolve(Path out, String defaultName) {
        Path absolute = out.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute) && !Files.isRegularFile(absolute)) {
            // "--out /dev/null" names something to write to, not a folder to write into: say what it is as a file.
            throw AtomicFiles.notAFile(absolute);
        }
        Path file = Files.isDirectory(absolute) || !hasExtension(absolute) ? absolute.resolve(defaultName) : absolute;
        ensureFolder(file.getParent());
        return file;
    }

    private static boolean hasExtension(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String text = name.toString();
        int dot = text.lastIndexOf('.');
        return dot > 0 && dot < text.length() - 1;
    }

    private static void ensureFolder(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new ExportException("cannot write into " + dir + ": " + p + " is "
                        + (Files.isRegularFile(p) ? "a file" : "a device or a pipe") + ", not a folder.");
            }
        }
        requireParent(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw folderFailure(dir, e);
        }
    }

    /** Why a folder could not be made, in words: an AccessDeniedException's message is only the path again. */
    static ExportException folderFailure(Path dir, IOException e) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                // The system's own reason ("File exists", or none) sent the user looking elsewhere.
                return new ExportException("cannot write into " + dir + ": " + p + " is a link that leads to no folder "
                        + "(its target is missing, or links lead back to it). Nothing was written.", e);
            }
        }
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getMessage();
        // Some file systems (/proc, /sys) refuse with no reason but the path again.
        if (reason == null || reason.isBlank()
                || e instanceof FileSystemException fse && reason.equals(fse.getFile())) {
            reason = "the system does not allow a folder there";
        } else if (reason.contains("Read-only file system")) {
            // In the words a file's export uses (AtomicFiles), not the system's.
            reason = "the disk is read-only (mounted read-only, or a CD or disk image)";
        } else if (reason.contains("No space left") || reason.contains("Disk quota exceeded")) {
            reason = "the disk is full";
        }
        return new ExportException("cannot create the folder " + dir + ": " + reason + ". Nothing was written.", e);
    }

    /** Refuses to create {@code dir} when its own parent is missing too: that is a typo, not a new folder. */
    static void requireParent(Path dir) {
        Path parent = dir.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir) && parent != null && !Files.isDirectory(parent)) {
            // A file where a folder should be is no missing folder: "does not exist" sent the user to look for it.
            for (Path up = parent; up != null; up = up.getParent()) {
                if (Files.exists(up) && !Files.isDirectory(up)) {
                    throw new ExportException("cannot write into " + dir + ": " + up
                            + " is a file, not a folder; check the path. Nothing was written.");
                }
            }
            throw new ExportException("cannot write into " + dir + ": the folder " + parent
                    + " does not exist. Check the path; Parley creates only the last folder of it.");
        }
    }
}
