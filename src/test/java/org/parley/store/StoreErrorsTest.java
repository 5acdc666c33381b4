package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class StoreErrorsTest {

    @Test
    void theDriverRunningOutOfJavaHeapGetsTheSameAdviceAsJavaDoes() {
        // sqlite-jdbc's native code reports a failed allocation on the Java heap as this SQLException.
        String said = StoreErrors.describe(new SQLException("Out of memory"));
        assertTrue(said.contains("too large for the memory Java was given") && said.contains("-Xmx"), said);
        String wrapped = StoreErrors.describe(new IllegalStateException("reading failed",
                new SQLException("Out of memory")));
        assertEquals(said, wrapped, "found in a cause too");
    }

    /** A temporary folder that is missing or noexec stops SQLite's library loading: the database is not to blame. */
    @Test
    void aNativeLibraryThatCannotLoadIsSaidSoNotBlamedOnTheDatabase() {
        SQLException e = new SQLException("Error opening connection");
        e.initCause(new IOException("/nonexistent/sqlite-libsqlitejdbc.so.lck"));
        String said = StoreErrors.describe(e);
        assertTrue(said.contains("native library could not be loaded") && said.contains("-Djava.io.tmpdir"), said);
    }

    /**
     * With a file-size limit (ulimit -f 200) or a full /tmp, the library could not be unpacked, and the
     * message said /tmp "must exist and allow programs to run from it", which it did.
     */
    @Test
    void aNativeLibraryThatCannotLoadSaysWhatIsWrongWithTheTemporaryFolder(@TempDir
            Path dir) {
        String missing = StoreErrors.nativeLoad(dir.resolve("gone"));
        assertTrue(missing.contains("(" + dir.resolve("gone") + ") does not exist"), missing);
        String there = StoreErrors.nativeLoad(dir);
        assertTrue(there.contains("ulimit -f") && there.contains("noexec") && !there.contains("must exist"), there);
        assertTrue(there.contains("-Djava.io.tmpdir=FOLDER"), there);
    }

    /** A folder that cannot be made is said as what is in its way, not as Java's bare path. */
    @Test
    void aFolderThatCannotBeMadeNamesWhatIsInTheWay(@TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        assertEquals(file + " is a file, not a folder",
                StoreErrors.describe(new FileAlreadyExistsException(file.resolve("parley").toString())));
        assertEquals("/dev/null is not a folder",
                StoreErrors.describe(new FileAlreadyExistsException("/dev/null/parley")));
        assertEquals("/dev/null is not a folder", StoreErrors.describe(
                new FileSystemException("/dev/null/parley", null, "Not a directory")));
        assertEquals(file + " is a file, not a folder", StoreErrors.describe(
                new FileSystemException(file.resolve("a/b").toString(), null, "Not a directory")));
        assertEquals("/proc/xx does not exist and cannot be made",
                StoreErrors.describe(new NoSuchFileException("/proc/xx")));
    }

    /** With the disk full, a WAL database fails first at its shared-memory file: that is said as the full disk it is. */
    @Test
    void aSharedMemoryFileThatCannotGrowIsAFullDisk() {
        SQLiteException shm = new SQLiteException("disk I/O error",
                SQLiteErrorCode.SQLITE_IOERR_SHMSIZE);
        assertTrue(StoreErrors.describe(shm).startsWith("disk full"), StoreErrors.describe(shm));
        SQLiteException read = new SQLiteException("disk I/O error",
                SQLiteErrorCode.SQLITE_IOERR_READ);
        assertEquals("the disk could not be read or written (SQLITE_IOERR_READ)", StoreErrors.describe(read));
    }

    @Test
    void anotherFailureKeepsItsOwnMessage() {
        assertEquals("no such table: events", StoreErrors.describe(new SQLException("no such table: events")));
    }
}
