package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.parley.model.WriteProgress;

/** One wording for the import window and the command line: the headline is the phase and its amount. */
class ImportStatusTest {

    @Test
    void eachPhaseSaysWhatItDoesAndHowFar() {
        ReadProgress p = new ReadProgress();
        p.sizeIs(88_000_000);
        assertEquals("Reading \u201cdataset.json\u201d: 0.0 of 83.9 MB", ImportStatus.of(p, "dataset.json").headline());
        p.enter(ReadProgress.Phase.CHECKING);
        assertEquals("Checking \u201cdataset.json\u201d as a whole", ImportStatus.of(p, "dataset.json").headline());
        p.startWriting();
        p.step(WriteProgress.Step.RECORDS, 112_500);
        p.written(79_872);
        ImportStatus writing = ImportStatus.of(p, "dataset.json");
        assertEquals("Writing \u201cdataset.json\u201d into your database: 79,872 of 112,500 records", writing.headline());
        assertEquals(79_872 / 112_500.0, writing.share(), 1e-9);
        p.step(WriteProgress.Step.SEARCH_INDEX, 0);
        ImportStatus index = ImportStatus.of(p, "dataset.json");
        assertEquals("Building the search index of \u201cdataset.json\u201d", index.headline());
        assertFalse(index.measured());
    }

    /** A streamed import's writer counts before the file is read to its end, when the total is not yet known. */
    @Test
    void recordsWithoutATotalAreCountedAlone() {
        ReadProgress p = new ReadProgress();
        p.startWriting();
        p.step(WriteProgress.Step.RECORDS, 0);
        p.written(2_048);
        ImportStatus status = ImportStatus.of(p, "d.json");
        assertEquals("Writing \u201cd.json\u201d into your database: 2,048 records", status.headline());
        assertFalse(status.measured());
    }
}
