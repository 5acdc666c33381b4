package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A tall figure's pages: they cover it, each fits, and none cuts through an event. */
class PageBreaksTest {

    @Test
    void aFigureThatFitsIsOneBand() {
        List<double[]> bands = PageBreaks.bands(List.of(new double[] {10, 40}), new double[] {0}, 300, 500);
        assertEquals(1, bands.size());
        assertEquals(0, bands.get(0)[0]);
        assertEquals(300, bands.get(0)[1]);
    }

    @Test
    void aCutFallsAboveTheRowItWouldSplit() {
        // Rows of 30 px with 4 px gaps: a page of 110 px ends inside the fourth row, 102–132.
        List<double[]> rows = new ArrayList<>();
        for (double y = 0; y < 340; y += 34) {
            rows.add(new double[] {y, y + 30});
        }
        List<double[]> bands = PageBreaks.bands(rows, new double[] {0}, 340, 110);
        assertEquals(102, bands.get(0)[1], 1e-9, "cut at the top of the row the page's end would split");
        assertEquals(204, bands.get(1)[1], 1e-9);
        assertValid(rows, bands, 340, 110);
    }

    @Test
    void aLaneStartingNearThePageEndGoesWholeToTheNextPage() {
        List<double[]> rows = List.of(new double[] {0, 30}, new double[] {34, 64}, new double[] {90, 120},
                new double[] {124, 154});
        // The second lane starts at 85: in the page's last quarter, so the page ends there, not at 124.
        List<double[]> bands = PageBreaks.bands(rows, new double[] {0, 85}, 160, 100);
        assertEquals(85, bands.get(0)[1], 1e-9);
        assertValid(rows, bands, 160, 100);
    }

    @Test
    void aLaneStartingEarlyOnThePageDoesNotLeaveItHalfEmpty() {
        List<double[]> rows = List.of(new double[] {0, 30}, new double[] {34, 64}, new double[] {68, 98},
                new double[] {102, 132});
        List<double[]> bands = PageBreaks.bands(rows, new double[] {0, 33}, 140, 100);
        assertEquals(68, bands.get(0)[1], 1e-9, "the page is filled; the lane at 33 is too early to break at");
    }

    @Test
    void anItemTallerThanAPageIsCutRatherThanLoopingForever() {
        List<double[]> rows = List.of(new double[] {0, 250});
        List<double[]> bands = PageBreaks.bands(rows, new double[] {0}, 250, 100);
        assertEquals(3, bands.size());
        assertEquals(250, bands.get(2)[1], 1e-9);
    }

    @Test
    void randomRowsAreCoveredWithNoCutThroughAnyItem() {
        Random random = new Random(7);
        for (int run = 0; run < 200; run++) {
            List<double[]> items = new ArrayList<>();
            List<Double> lanes = new ArrayList<>();
            double y = 0;
            for (int i = 0; i < 5 + random.nextInt(80); i++) {
                if (random.nextInt(6) == 0) {
                    y += 12;
                    lanes.add(y);
                }
                // Some items sit beside the one before, in the same row, as a lane's events do.
                if (random.nextBoolean() && !items.isEmpty()) {
                    double[] before = items.get(items.size() - 1);
                    items.add(new double[] {before[0], before[1]});
                    continue;
                }
                double h = 18 + random.nextInt(70);
                items.add(new double[] {y, y + h});
                y += h + 4;
            }
            double room = 100 + random.nextInt(300);
            List<double[]> bands = PageBreaks.bands(items, lanes.stream().mapToDouble(d -> d).toArray(), y, room);
            assertValid(items, bands, y, room);
        }
    }

    @Test
    void aPageWithNoRoomIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PageBreaks.bands(List.of(), new double[0], 100, 0));
    }

    /** Contiguous from 0 to total, each within room, and no cut strictly inside an item that fits a page. */
    private static void assertValid(List<double[]> items, List<double[]> bands, double total, double room) {
        assertEquals(0, bands.get(0)[0]);
        assertEquals(total, bands.get(bands.size() - 1)[1], 1e-9);
        for (int i = 0; i < bands.size(); i++) {
            double[] b = bands.get(i);
            assertTrue(b[1] > b[0], "a band has height");
            assertTrue(b[1] - b[0] <= room + 1e-9, "band " + i + " fits the page");
            if (i > 0) {
                assertEquals(bands.get(i - 1)[1], b[0], 1e-9, "no gap or overlap between pages");
            }
            if (i < bands.size() - 1) {
                double cut = b[1];
                for (double[] item : items) {
                    if (item[1] - item[0] <= room) {
                        assertFalse(item[0] < cut && cut < item[1],
                                "cut at " + cut + " splits an item " + item[0] + "–" + item[1]);
                    }
                }
            }
        }
    }
}
