package org.parley.store;

import org.sqlite.SQLiteException;

/** Says in words what an SQLite failure means for the user: a full disk, a read-only file, damage. */
final class StoreErrors {

    private StoreErrors() {
    }

    /** The meaning of the first SQLite error code found in {@code e}, its causes or suppressed failures, else its message. */
    static String describe(Exception e) {
        String known = known(e, 0);
        return known != null ? known : e.getMessage();
    }

    private static String known(Throwable t, int depth) {
        if (t == null || depth > 8) {
            return null;
        }
        if (t instanceof SQLiteException se && se.getResultCode() != null) {
            String code = se.getResultCode().name();
            if (code.startsWith("SQLITE_FULL")) {
                return "disk full (no space left to write the database)";
            }
            if (code.startsWith("SQLITE_READONLY")) {
                return "the database is read-only";
            }
            if (code.startsWith("SQLITE_CORRUPT") || code.startsWith("SQLITE_NOTADB")) {
                return "the database file is damaged (run \"parley check\", then \"parley repair\")";
            }
            if (code.startsWith("SQLITE_IOERR")) {
                return "the disk could not be read or written (" + code + ")";
            }
        }
        String inCause = known(t.getCause(), depth + 1);
        if (inCause != null) {
            return inCause;
        }
        for (Throwable s : t.getSuppressed()) {
            String inSuppressed = known(s, depth + 1);
            if (inSuppressed != null) {
                return inSuppressed;
            }
        }
        return null;
    }
}
