package org.parley.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RectIndexTest {

    @Test
    void touchingEdgesDoNotOverlap() {
        RectIndex index = new RectIndex();
        index.add(10, 10, 50, 20);
        assertFalse(index.overlapsAny(60, 10, 30, 20), "touching on the right");
        assertFalse(index.overlapsAny(10, 30, 50, 20), "touching below");
        assertFalse(index.overlapsAny(-40, -10, 50, 20), "touching on the left, above");
        assertTrue(index.overlapsAny(59, 29, 10, 10), "one pixel in");
    }

    @Test
    void aRectangleSpanningManyCellsIsFoundFromAnyOfThem() {
        RectIndex index = new RectIndex();
        index.add(-500, 100, 2000, 8);
        assertTrue(index.overlapsAny(1400, 104, 4, 4));
        assertTrue(index.overlapsAny(-499, 100, 1, 1));
        assertFalse(index.overlapsAny(1400, 120, 4, 4));
    }

    @Test
    void answersAsACheckOfEveryRectangleDoes() {
        Random random = new Random(7);
        RectIndex index = new RectIndex();
        List<double[]> placed = new ArrayList<>();
        int hits = 0;
        // Far more rectangles and cells than the index starts with, far below and left of the origin too.
        for (int i = 0; i < 5_000; i++) {
            double[] r = {random.nextDouble() * 4000 - 2000, random.nextDouble() * 20_000 - 1000,
                    random.nextDouble() * 300, random.nextDouble() * 40};
            boolean expected = placed.stream().anyMatch(p -> r[0] < p[0] + p[2] && p[0] < r[0] + r[2]
                    && r[1] < p[1] + p[3] && p[1] < r[1] + r[3]);
            assertEquals(expected, index.overlapsAny(r[0], r[1], r[2], r[3]), "rectangle " + i);
            if (expected) {
                hits++;
            }
            if (i % 2 == 0) {
                index.add(r[0], r[1], r[2], r[3]);
                placed.add(r);
            }
        }
        assertTrue(hits > 100 && hits < 4_900, hits + " overlaps: the case is too easy either way");
    }
}
