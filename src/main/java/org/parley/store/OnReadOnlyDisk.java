package org.parley.store;

/**
 * A database or Parley's data folder could not be made because its disk is mounted read-only. A type of
 * its own because what the user can do differs: no permission or file to check mends it, only another
 * folder on another disk (decision 0163).
 */
public final class OnReadOnlyDisk extends StoreException {

    public OnReadOnlyDisk(String message, Throwable cause) {
        super(message, cause);
    }
}
