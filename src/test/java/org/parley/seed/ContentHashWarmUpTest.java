package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;

/** Warming SHA-256 up before a big import changes no hash: it hashes zeros into a digest of its own. */
class ContentHashWarmUpTest {

    @Test
    void warmingUpChangesNoHash() {
        Dataset week = BundledSeeds.dataset();
        String before = ContentHash.of(week);
        ContentHash.warmUp();
        assertTrue(ContentHash.warm());
        assertEquals(before, ContentHash.of(week));
        ContentHash.warmUp();
        assertEquals(before, ContentHash.of(week), "once or twice, the same");
    }
}
