package org.parley.seed;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why a file could not be read, in words: Java's own message is often only the path again
 * ("cannot read: unreadable.json") or the exception's class ("java.nio.file.AccessDeniedException: /root").
 */
final class IoReason {

    private IoReason() {
    }

    static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            // ELOOP, as Java words it: "Too many levels of symbolic links or unable to access attributes of symbolic link"
            if (isLinkLoop(e)) {
                // The loop may be a folder on the way ("loop/week.json"): the file itself is then no link.
                boolean itself = f.getFile() == null || Files.isSymbolicLink(Path.of(f.getFile()));
                return (itself ? "it is" : "a folder on its way is")
                        + " a link that leads round in a loop (links pointing to each other), to no file";
            }
            Path inTheWay = fileInTheWay(f);
            if (inTheWay != null) {
                return inTheWay + " is a file, not a folder; check the path";
            }
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * For ENOTDIR ("week.json/x"), the file that stands where the path needs a folder; else null.
     * Java words it "Not a directory", naming neither which part nor what to do.
     */
    private static Path fileInTheWay(FileSystemException f) {
        if (f.getFile() == null || !"Not a directory".equals(f.getReason())) {
            return null;
        }
        for (Path up = Path.of(f.getFile()).getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up)) {
                return Files.isDirectory(up) ? null : up;
            }
        }
        return null;
    }

    /** Whether {@code e} is ELOOP: links that lead round in a loop, or a link to itself. */
    static boolean isLinkLoop(IOException e) {
        return e instanceof FileSystemException f && !(e instanceof AccessDeniedException) && f.getReason() != null
                && f.getReason().startsWith("Too many levels of symbolic links");
    }
}
