package org.parley.store;

/**
 * Everything that can go wrong in the store, with a message a person can act on (it names the
 * database file). Unchecked: callers decide where to show it; the cause keeps the detail for the log.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
