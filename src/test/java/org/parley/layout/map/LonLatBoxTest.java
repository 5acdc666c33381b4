package org.parley.layout.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LonLatBoxTest {

    private static final Projection LAEA = LambertAzimuthalEqualArea.ETRS89_LAEA;

    @Test
    void europeFrameHoldsTheStoryButNotWashington() {
        MapViewport v = MapViewport.fit(LAEA, LonLatBox.EUROPE.projectedBounds(LAEA), 1200, 800);

        assertTrue(v.contains(-30, 27) && v.contains(60, 72) && v.contains(-30, 72) && v.contains(60, 27), "corners");
        assertTrue(v.contains(10, 27), "the curved southern edge bulges below its corners; still inside");
        assertTrue(v.contains(44.7930, 41.7151), "Tbilisi");
        assertFalse(v.contains(-77.04, 38.9), "Washington");
    }

    @Test
    void invertedBoxIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new LonLatBox(10, 0, -10, 5));
    }
}
