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
}
