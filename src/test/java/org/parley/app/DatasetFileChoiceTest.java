package org.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.seed.DatasetException;
import org.parley.store.ParleyStore;

/** The file chosen for an import is never the database the app has open, nor one of its working files. */
class DatasetFileChoiceTest {

    @Test
    void theOpenDatabaseAndItsWorkingFilesAreRefusedUnread(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("mine.db");
        try (ParleyStore open = ParleyStore.open(db)) {
            assertEquals(db, open.file());
            for (Path chosen : new Path[] {db, dir.resolve("mine.db-wal"), dir.resolve("mine.db-shm")}) {
                DatasetException e = assertThrows(DatasetException.class, () -> DatasetFileChoice.datasetFile(chosen));
                assertTrue(e.getMessage().contains("the database Parley has open"), e.getMessage());
            }
        }
        // Closed, it is a file like any other: the reader says what is wrong with it.
        assertEquals(db, DatasetFileChoice.datasetFile(db));
    }

    @Test
    void aFolderNamesItsDataset(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(dir.resolve("week.json"), "{}");
        assertEquals(json, DatasetFileChoice.datasetFile(dir));
        assertEquals(json, DatasetFileChoice.datasetFile(json));
    }
}
