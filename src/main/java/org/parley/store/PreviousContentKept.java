package org.parley.store;

/**
 * A restore failed after it had changed the database, and putting the previous content back failed
 * too: that content is only in the copy the message names, which must therefore never be removed.
 */
final class PreviousContentKept extends StoreException {

    PreviousContentKept(String message, Throwable cause) {
        super(message, cause);
    }
}
