package org.parley.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A board's positions over pages: no more pages than full ones take, and none left with a single row. */
class EvenPagesTest {

    @Test
    void twentyOneEqualRowsFiveToAPageMakeFivePagesOfFourOrFive() {
        List<Double> rows = Collections.nCopies(21, 10.0);
        List<Integer> starts = EvenPages.starts(rows, 50);
        assertEquals(5, starts.size(), "as many pages as full ones: " + starts);
        assertEquals(List.of(4, 4, 4, 4, 5).stream().sorted().toList(), counts(starts, 21).stream().sorted().toList());
    }

    @Test
    void rowsOfDifferentHeightsNeverOverfillAPage() {
        List<Double> rows = List.of(30.0, 10.0, 45.0, 20.0, 10.0, 40.0, 5.0, 25.0, 30.0, 15.0);
        List<Integer> starts = EvenPages.starts(rows, 60);
        for (int p = 0; p < starts.size(); p++) {
            int to = p + 1 < starts.size() ? starts.get(p + 1) : rows.size();
            double used = rows.subList(starts.get(p), to).stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(true, used <= 60, "page " + p + " holds " + used + ": " + starts);
        }
        // Filled in turn, pages take 30+10, 45, 20+10, 40+5, 25+30 and 15: six, the fewest in this order.
        assertEquals(6, starts.size(), "the fewest pages: " + starts);
    }

    @Test
    void whatFitsOnePageIsOnePageAndATallRowHasItsOwn() {
        assertEquals(List.of(0), EvenPages.starts(List.of(10.0, 20.0), 50));
        assertEquals(List.of(0), EvenPages.starts(List.of(), 50));
        assertEquals(List.of(0, 1, 2), EvenPages.starts(List.of(10.0, 80.0, 10.0), 50));
    }

    private static List<Integer> counts(List<Integer> starts, int rows) {
        List<Integer> counts = new ArrayList<>();
        for (int p = 0; p < starts.size(); p++) {
            counts.add((p + 1 < starts.size() ? starts.get(p + 1) : rows) - starts.get(p));
        }
        return counts;
    }

    /** Columns that go two to a page: never a last page of one full column beside an empty one. */
    @Test
    void pagesThatGoTogetherFillTheirLastSheet() {
        List<Double> rows = List.of(10.0, 10.0, 10.0, 10.0, 10.0, 10.0);
        assertEquals(List.of(0, 2, 4), EvenPages.starts(rows, 25));
        assertEquals(4, EvenPages.starts(rows, 25, 2).size(), "three full columns make two sheets of two");
        assertEquals(2, EvenPages.starts(List.of(10.0, 10.0, 10.0, 10.0, 10.0), 50, 2).size(), "one sheet, both columns");
    }
}
