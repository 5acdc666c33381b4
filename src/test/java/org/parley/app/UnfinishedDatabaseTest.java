package org.parley.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.seed.SeedBundle;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;

/**
 * A database an import was stopped in leaves an empty database with its log beside it. A command
 * that only reads it called it "read-only (the file or its folder cannot be written)", which sent
 * the user to look at permissions that were fine.
 */
class UnfinishedDatabaseTest {

    @TempDir
    Path tmp;

    @Test
    void aReadingCommandOnAnEmptyDatabaseWithItsLogBesideItSaysSo() throws Exception {
        Path db = tmp.resolve("n.db");
        ParleyStore.open(db).close();
        Files.write(tmp.resolve("n.db-wal"), new byte[0]);

        try (Workspace w = Workspace.openToRead(db)) {
            StoreException e = assertThrows(StoreException.class, () -> w.ensureSeeded(SeedBundle.locate()));
            assertTrue(e.getMessage().contains("holds no dataset") && e.getMessage().contains("stopped before it finished")
                    && e.getMessage().contains("parley import --db"), e.getMessage());
            assertFalse(e.getMessage().contains("cannot be written"), e.getMessage());
        }
    }
}
