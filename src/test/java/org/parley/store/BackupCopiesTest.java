package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy in the backups folder opened as a database (to "look inside") had its journal switched,
 * and an import named there replaced the copy a restore would have brought back.
 */
class BackupCopiesTest {

    @Test
    void aBackupIsNeitherOpenedNorWrittenAsADatabase(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("week.db");
        ParleyStore.open(db).close();
        Path backups = Files.createDirectories(dir.resolve(Backups.FOLDER));
        Path copy = backups.resolve("week.db-20261203-070635-714.db");
        Files.copy(db, copy);
        byte[] before = Files.readAllBytes(copy);

        StoreException e = assertThrows(StoreException.class, () -> ParleyStore.open(copy).close());
        assertTrue(e.getMessage().contains("one of Parley's backups of " + db.toAbsolutePath().normalize()), e.getMessage());
        assertTrue(e.getMessage().contains("backups --restore week.db-20261203-070635-714.db"), e.getMessage());
        assertThrows(StoreException.class, () -> ParleyStore.openReadOnly(copy).close());
        assertArrayEquals(before, Files.readAllBytes(copy), "the copy is left byte for byte");

        Path damaged = backups.resolve("week.db-20261203-070635-714-damaged.db");
        Files.copy(db, damaged);
        StoreException kept = assertThrows(StoreException.class, () -> ParleyStore.open(damaged).close());
        assertTrue(kept.getMessage().contains("copy of a damaged database") && !kept.getMessage().contains("--restore"),
                "a damaged copy cannot be restored, so that is not offered: " + kept.getMessage());
        Files.delete(damaged);
        assertThrows(StoreException.class, () -> NewDatabaseImport.begin(damaged));
        assertTrue(Files.notExists(damaged));
    }

    @Test
    void aDatabaseOfAnotherNameInAFolderCalledBackupsOpens(@TempDir Path dir) {
        Path own = dir.resolve(Backups.FOLDER).resolve("notes.db");
        ParleyStore.open(own).close();
        assertTrue(Files.exists(own));
    }
}
