package org.parley.cli;

import org.parley.seed.Printable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a command names a file it wrote. A name that is a symbolic link was written through to the
 * file it leads to (decision 0123), which only {@code --force} allows, so that file was replaced:
 * "Wrote …/link.png" alone left the user to find out which of their files had changed.
 */
final class WrittenPath {

    private WrittenPath() {
    }

    /** The name as given, made absolute. */
    static String of(Path written) {
        return Printable.oneLine(written.toAbsolutePath().normalize().toString());
    }

    /** " through the link to /real/file, which it replaced" when {@code written} is a link, else "". */
    static String throughLink(Path written) {
        if (!Files.isSymbolicLink(written)) {
            return "";
        }
        try {
            return " through the link to " + Printable.oneLine(written.toRealPath().toString()) + ", which it replaced";
        } catch (IOException e) {
            // Changed by another program since it was written: only the note is lost.
            return " through the link";
        }
    }
}
