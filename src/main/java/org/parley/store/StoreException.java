package org.parley.store;

/**
 * Everything that can go wrong in the store, with a message a person can act on (it names the
 * database file). Unchecked: callers decide where to show it; the cause keeps the detail for the log.
 */
public sealed class StoreException extends RuntimeException permits DatasetChangedMeanwhile, NewerDatabase, OnReadOnlyDisk,
        PreviousContentKept {

    private final boolean unopenable;

    public StoreException(String message) {
        this(message, null, false);
    }

    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private StoreException(String message, Throwable cause, boolean unopenable) {
        super(message, cause);
        this.unopenable = unopenable;
    }

    /** The file is an SQLite database too damaged to open: only putting a backup in its place can mend it. */
    static StoreException unopenable(String message, Throwable cause) {
        return new StoreException(message, cause, true);
    }

    /**
     * Whether the database is as it was before the failed change; false only when a restore changed it
     * and could not put it back, and the message names the copy that holds what it held.
     */
    public boolean leftAsItWas() {
        return !(this instanceof PreviousContentKept);
    }

    /**
     * Whether SQLite refused because another connection holds the database (a transaction another program
     * keeps open): nothing is wrong with the file, and nothing was done to it.
     */
    public boolean heldByAnotherProgram() {
        return getCause() instanceof Exception e && StoreErrors.busy(e);
    }

    /** Whether the database could not be opened at all because its file is damaged ({@code parley repair} mends that). */
    public boolean unopenable() {
        return unopenable;
    }
}
