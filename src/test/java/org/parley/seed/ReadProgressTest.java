package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** An import's read says how far it is and stops when cancelled, before anything is written. */
class ReadProgressTest {

    @Test
    void theWholeFileIsCountedAsItIsRead() throws Exception {
        Path json = ExchangeFormatReader.datasetFile(Path.of(System.getProperty("parley.seeds", "seeds")));
        ReadProgress progress = new ReadProgress();
        new ExchangeFormatReader().load(json, progress);
        assertEquals(Files.size(json), progress.size());
        assertEquals(Files.size(json), progress.bytesRead());
    }

    @Test
    void aCancelledReadStopsWithoutAResult() throws Exception {
        Path json = ExchangeFormatReader.datasetFile(Path.of(System.getProperty("parley.seeds", "seeds")));
        ReadProgress progress = new ReadProgress();
        assertTrue(progress.cancel());
        assertThrows(CancellationException.class, () -> new ExchangeFormatReader().load(json, progress));
        assertTrue(progress.bytesRead() < Files.size(json), "read on after the Cancel");
        assertThrows(CancellationException.class, progress::startWriting);
    }

    @Test
    void onceWritingBeganCancelIsRefused() {
        ReadProgress progress = new ReadProgress();
        progress.startWriting();
        assertFalse(progress.cancel());
        assertTrue(progress.writing());
    }

    /** After the file's last byte come the check and the hash, each said by the code that does it, then the write. */
    @Test
    void aReadGoesThroughEachPhaseAndTheWriteIsItsOwn() throws Exception {
        Path json = ExchangeFormatReader.datasetFile(Path.of(System.getProperty("parley.seeds", "seeds")));
        ReadProgress progress = new ReadProgress();
        assertEquals(ReadProgress.Phase.READING, progress.phase());
        new ExchangeFormatReader().load(json, progress);
        assertEquals(ReadProgress.Phase.HASHING, progress.phase(), "the hash was the last thing done");
        assertFalse(progress.writing());
        progress.startWriting();
        assertEquals(ReadProgress.Phase.WRITING, progress.phase());
        assertThrows(IllegalArgumentException.class, () -> progress.enter(ReadProgress.Phase.WRITING));
    }

    @Test
    void aCancelledImportEntersNoFurtherPhase() {
        ReadProgress progress = new ReadProgress();
        progress.enter(ReadProgress.Phase.CHECKING);
        assertTrue(progress.cancel());
        assertThrows(CancellationException.class, () -> progress.enter(ReadProgress.Phase.HASHING));
        assertEquals(ReadProgress.Phase.CHECKING, progress.phase());
        assertFalse(progress.writing());
    }
}
