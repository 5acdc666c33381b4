package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database in a deep folder: SQLite opens no path past 512 bytes with its "-journal", and the
 * backups' paths are longer than the database's. One made at 480 bytes took its data, then every
 * replacement failed at its first backup: "is the folder there, and can it be written?"
 */
class DeepFolderTest {

    @TempDir
    Path dir;

    /** A new database file whose full path is {@code bytes} long, its folders made. */
    private Path newDatabaseAt(int bytes) throws IOException {
        Path folder = dir.toRealPath();
        while (bytes - folder.toString().length() - 1 > 150) {
            folder = folder.resolve("f".repeat(100));
        }
        Files.createDirectories(folder);
        Path file = folder.resolve("p".repeat(bytes - folder.toString().length() - 1 - 3) + ".db");
        assertEquals(bytes, file.toString().getBytes(StandardCharsets.UTF_8).length);
        return file;
    }

    @Test
    void aDatabaseWhoseBackupsSqliteCouldNotOpenIsRefusedBeforeItIsMade() throws IOException {
        int longest = SqlitePathLength.LIMIT - SqlitePathLength.LONGEST_BACKUP_EXTRA - "-journal".length();
        Path file = newDatabaseAt(longest + 21);

        StoreException e = assertThrows(StoreException.class, () -> ParleyStore.open(file));

        assertTrue(e.getMessage().contains("is " + (longest + 21) + " bytes long, and SQLite cannot open paths longer than 512 bytes"),
                e.getMessage());
        assertTrue(e.getMessage().contains("so that its own is at most " + longest + " bytes. Nothing was changed."), e.getMessage());
        try (Stream<Path> made = Files.list(file.getParent())) {
            assertEquals(0, made.count(), "no database, working file or backups folder");
        }
    }

    @Test
    void theDeepestDatabaseTakenIsBackedUpWhenItsDatasetIsReplaced() throws IOException {
        int longest = SqlitePathLength.LIMIT - SqlitePathLength.LONGEST_BACKUP_EXTRA - "-journal".length();
        Path file = newDatabaseAt(longest);

        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(Fixtures.week(), "hash-1", Origin.USER);
            store.backup();
            store.backup(true);
        }

        var backups = ParleyStore.backupsOf(file).list();
        assertEquals(2, backups.size(), backups::toString);
        assertTrue(backups.stream().allMatch(b -> b.dataset().isPresent()), "SQLite opened both to read them: " + backups);
    }
}
