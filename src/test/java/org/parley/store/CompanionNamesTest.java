package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite deletes or rewrites NAME-wal, NAME-shm and NAME-journal when it opens NAME: a database the
 * user called "notes.db-wal" vanished the first time "notes.db" was opened.
 */
class CompanionNamesTest {

    @Test
    void aDatabaseIsNotMadeUnderAWorkingFilesName(@TempDir Path dir) {
        for (String name : new String[] {"notes.db-wal", "notes.db-shm", "notes.db-journal"}) {
            Path db = dir.resolve(name);
            StoreException e = assertThrows(StoreException.class, () -> ParleyStore.open(db).close());
            assertTrue(e.getMessage().contains("working file"), e.getMessage());
            assertThrows(StoreException.class, () -> NewDatabaseImport.begin(db));
            assertFalse(Files.exists(db), name + " was created");
        }
    }

    @Test
    void aDatabaseBesideAnotherUnderItsWorkingFilesNameIsLeftAlone(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("p.db");
        ParleyStore.open(db).close();
        Path other = dir.resolve("p.db-wal");
        Files.copy(db, other);
        byte[] before = Files.readAllBytes(other);
        StoreException e = assertThrows(StoreException.class, () -> ParleyStore.open(db).close());
        assertTrue(e.getMessage().contains("is a database of its own"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(other), "p.db-wal is as it was");
    }
}
