package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Following a symbolic link to where it ends, for a path the user named as a file. */
final class LinkChain {

    /** As many links as Linux follows before it gives up (ELOOP). */
    private static final int MOST_LINKS = 40;

    private LinkChain() {
    }

    /**
     * Whether following the links from {@code path} never reaches a name: they lead back to one another, or
     * on past what the system follows. A link to a name not yet taken ends there, and is no loop.
     */
    static boolean loops(Path path) {
        Set<Path> seen = new HashSet<>();
        Path at = path.toAbsolutePath().normalize();
        while (Files.isSymbolicLink(at)) {
            if (!seen.add(at) || seen.size() > MOST_LINKS) {
                return true;
            }
            try {
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            } catch (IOException e) {
                // Unreadable: opening it says what is wrong.
                return false;
            }
        }
        return false;
    }
}
