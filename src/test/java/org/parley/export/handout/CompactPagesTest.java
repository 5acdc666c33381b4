package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The compact handout's summary never runs into the day strip under it. */
class CompactPagesTest {

    private static final float SIZE = 11;

    @Test
    void aSummaryLineIsDrawnOnlyWhereItsDescendersClearTheStrip() {
        float strip = 100;
        // A baseline 2 pt above the strip: the old count drew a line there, on the strip's edge.
        assertEquals(0, CompactPages.summaryLines(strip + 2, strip));
        assertEquals(1, CompactPages.summaryLines(strip + 3, strip));
        for (float y = strip - 5; y < strip + 80; y += 0.5f) {
            int lines = CompactPages.summaryLines(y, strip);
            if (lines > 0) {
                float lastBaseline = y - (lines - 1) * SIZE * 1.35f;
                assertTrue(lastBaseline - SIZE * 0.25f >= strip - 1e-3, "line " + lines + " at " + y + " reaches the strip");
            }
            float nextBaseline = y - lines * SIZE * 1.35f;
            assertTrue(nextBaseline - SIZE * 0.25f < strip, "a line more would have fitted at " + y);
        }
    }
}
