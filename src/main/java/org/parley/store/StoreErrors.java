package org.parley.store;

import org.sqlite.SQLiteException;

import java.io.IOException;
import java.sql.SQLException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Says in words what an SQLite or file failure means for the user: a full disk, a read-only file, damage, a lock. */
final class StoreErrors {

    private static final String DAMAGED = "the database file is damaged (run \"parley check\", then \"parley repair\")";
    private static final String TOO_LARGE = "the data is too large for the memory Java was given; start Parley with "
            + "more, e.g. java -Xmx8g -jar parley.jar …, or split the dataset";
    /** What sqlite-jdbc's native code says when an allocation on the Java heap fails. */
    private static final String OUT_OF_MEMORY = "Out of memory";
    /** What sqlite-jdbc throws when NativeDB cannot be loaded. */
    private static final String NATIVE_LOAD = "Error opening connection";
    private static final String BUSY = "another program is using the database (it is locked); close it there or try again";

    private static final String CANTOPEN = "the file cannot be opened or created there (is the folder there, and can it be written?)";

    private StoreErrors() {
    }

    /** The meaning of the first SQLite error code found in {@code e}, its causes or suppressed failures, else its message. */
    static String describe(Exception e) {
        String known = known(e, 0);
        return known != null ? known : e.getMessage();
    }

    /**
     * As {@link #describe(Exception)}, for a failure to open the database {@code file}: SQLite says
     * only that it cannot open a file whose path is too long for it, which read as a missing or
     * read-only folder; then the length is the reason given.
     */
    static String describe(Exception e, Path file) {
        String known = known(e, 0);
        if (CANTOPEN.equals(known)) {
            return SqlitePathLength.tooLongToOpen(file).or(() -> UnopenableFolder.why(file)).orElse(known);
        }
        return known != null ? known : e.getMessage();
    }

    /** Whether {@code e} says the file's pages are damaged. */
    static boolean damaged(Exception e) {
        return DAMAGED.equals(known(e, 0));
    }

    /** Whether {@code e} only says that another connection holds the database: nothing is wrong with the file. */
    static boolean busy(Exception e) {
        return BUSY.equals(known(e, 0));
    }

    /**
     * A failed folder or file operation in words, naming the path it stopped at: Java's own message
     * is the exception's class name and a bare path ({@code FileAlreadyExistsException: /x}).
     */
    static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
            // The path Java names may be below what is in the way ("/dev/null/parley"): that is named.
            Path p = Path.of(f.getFile());
            Path q = p;
            while (q != null && !Files.exists(q)) {
                q = q.getParent();
            }
            Path inTheWay = q != null && !Files.isDirectory(q) ? q : p;
            return inTheWay + (Files.isRegularFile(inTheWay) || !Files.exists(inTheWay) ? " is a file, not a folder"
                    : " is not a folder");
        }
        if (e instanceof NoSuchFileException f && f.getFile() != null) {
            // Java's message is the bare path (under /proc, say, where no folder can be made).
            return f.getFile() + " does not exist and cannot be made";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof FileSystemException f && "Not a directory".equals(f.getReason()) && f.getFile() != null) {
            // The path named is the one that could not be made; the file in the way is above it.
            Path p = Path.of(f.getFile());
            while (p.getParent() != null && !Files.exists(p)) {
                p = p.getParent();
            }
            if (Files.isRegularFile(p)) {
                return p + " is a file, not a folder";
            }
            return Files.exists(p) && !Files.isDirectory(p) ? p + " is not a folder" : f.getFile() + " is a file, not a folder";
        }
        if (e instanceof FileSystemException f && ReadOnlyDisk.refused(f) && f.getFile() != null) {
            // Java names the folder it could not make; the user is told of the one on the disk, which exists.
            return ReadOnlyDisk.folderAbove(Path.of(f.getFile())).orElse(Path.of(f.getFile())) + ReadOnlyDisk.IS_ON;
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Room SQLite's native library needs in Java's temporary folder, with some to spare. */
    static final long NATIVE_ROOM = 16L << 20;

    /**
     * Why sqlite-jdbc could not unpack its library into {@code tmp}, as far as can be told from
     * outside: a full /tmp, or a file-size limit (ulimit -f), had been reported as a folder that must
     * "exist and allow programs to run from it", which it did.
     */
    static String nativeLoad(Path tmp) {
        String why;
        if (!Files.isDirectory(tmp)) {
            why = "Java's temporary folder (" + tmp + ") does not exist";
        } else {
            long free = -1;
            try {
                free = Files.getFileStore(tmp).getUsableSpace();
            } catch (IOException | RuntimeException e) {
                free = -1;
            }
            why = free >= 0 && free < NATIVE_ROOM
                    ? String.format("Java's temporary folder (%s) is full (%,d KB free; the library needs a few MB there)",
                            tmp, free / 1024)
                    : "Java's temporary folder (" + tmp + ") must allow programs to run from it (not mounted noexec) "
                    + "and take a file of a few MB (a file size limit, ulimit -f, forbids that)";
        }
        return "SQLite's native library could not be loaded: " + why
                + "; name another folder with java -Djava.io.tmpdir=FOLDER -jar parley.jar …";
    }

    private static String known(Throwable t, int depth) {
        if (t == null || depth > 8) {
            return null;
        }
        // When the Java heap runs out inside the driver's native code, it says so with an
        // SQLException of its own, not an OutOfMemoryError: the same cause, and the same advice.
        if (t instanceof OutOfMemoryError || (t instanceof SQLException && OUT_OF_MEMORY.equals(t.getMessage()))) {
            return TOO_LARGE;
        }
        // sqlite-jdbc's words when its native library could not be unpacked or loaded, which has
        // nothing to do with the database file: Java's temporary folder is missing or noexec.
        if (t instanceof SQLException && !(t instanceof SQLiteException) && NATIVE_LOAD.equals(t.getMessage())) {
            return nativeLoad(Path.of(System.getProperty("java.io.tmpdir")));
        }
        if (t instanceof SQLiteException se && se.getResultCode() != null) {
            String code = se.getResultCode().name();
            if (code.startsWith("SQLITE_NOMEM")) {
                return TOO_LARGE;
            }
            if (code.startsWith("SQLITE_FULL")) {
                return "disk full (no space left to write the database)";
            }
            if (code.startsWith("SQLITE_READONLY")) {
                return "the database is read-only";
            }
            if (code.startsWith("SQLITE_CORRUPT") || code.startsWith("SQLITE_NOTADB")) {
                return DAMAGED;
            }
            if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
                return BUSY;
            }
            if (code.startsWith("SQLITE_CANTOPEN")) {
                return CANTOPEN;
            }
            if (code.equals("SQLITE_IOERR_SHMSIZE")) {
                // Growing the write-ahead log's shared-memory file fails only when its disk has no room.
                return "disk full (no space left for the database's shared-memory file)";
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
