package org.parley.app;

import java.util.Optional;

/**
 * What the running command has already changed for good, in words: a command stopped by Ctrl-C or a
 * kill after its import was committed said "nothing was changed" while the database held the new
 * dataset. Set once the change is committed; read by the notice a stopped command prints.
 */
public final class ChangeMade {

    private static volatile String said;

    private ChangeMade() {
    }

    /** Records that {@code what} ("the dataset was replaced by …") is done, whatever happens next. */
    static void record(String what) {
        said = what;
    }

    /** What was changed for good, if anything. */
    public static Optional<String> said() {
        return Optional.ofNullable(said);
    }
}
