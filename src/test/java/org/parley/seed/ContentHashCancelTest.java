package org.parley.seed;

import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An import's Cancel reaches into the content hash, which takes seconds on 100,000 events. */
class ContentHashCancelTest {

    @Test
    void theHashAsksAsItGoesAndStopsWhenTold() {
        Dataset week = BundledSeeds.dataset();
        AtomicInteger asked = new AtomicInteger();
        assertEquals(ContentHash.of(week), ContentHash.of(week, asked::incrementAndGet), "the same hash");
        // Once per block of the canonical JSON and once per source text: more as the dataset grows.
        assertTrue(asked.get() >= 1 + week.sources().size(), "asked " + asked.get() + " times");

        ReadProgress progress = new ReadProgress();
        AtomicInteger calls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> ContentHash.of(week, () -> {
            if (calls.incrementAndGet() == 2) {
                progress.cancel();
            }
            progress.check();
        }));
        assertEquals(2, calls.get(), "stopped at once, not at the end");
    }
}
