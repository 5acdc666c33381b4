package org.parley.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Page breaks for a list of blocks (a board's positions): the fewest pages that hold them, and
 * the blocks spread evenly over those pages rather than full pages and a last one of a single block.
 */
public final class EvenPages {

    private EvenPages() {
    }

    /**
     * The index of the first block of each page, for blocks {@code heights} tall on pages that
     * hold {@code room}. A block taller than a page has a page of its own.
     */
    public static List<Integer> starts(List<Double> heights, double room) {
        return starts(heights, room, 1);
    }

    /**
     * As {@link #starts(List, double)}, for pages that go {@code together} to a sheet (columns side by side): as
     * many pages as fill the sheets they need, so the last sheet is not one full column beside an empty one.
     */
    public static List<Integer> starts(List<Double> heights, double room, int together) {
        List<Integer> full = fullPages(heights, room);
        int pages = Math.min(heights.size(), (full.size() + together - 1) / together * together);
        if (pages < 2) {
            return full;
        }
        double[] before = new double[heights.size() + 1];
        for (int i = 0; i < heights.size(); i++) {
            before[i + 1] = before[i] + heights.get(i);
        }
        // Each break where the blocks so far come nearest to an equal share of the whole.
        List<Integer> even = new ArrayList<>(List.of(0));
        for (int k = 1; k < pages; k++) {
            double target = before[heights.size()] * k / pages;
            int previous = even.get(even.size() - 1);
            int best = previous + 1;
            for (int i = previous + 1; i < heights.size(); i++) {
                if (Math.abs(before[i] - target) < Math.abs(before[best] - target)) {
                    best = i;
                }
            }
            even.add(best);
        }
        return fits(even, before, room) ? even : full;
    }

    /** Pages filled in turn, each taking blocks while they fit, and at least one. */
    private static List<Integer> fullPages(List<Double> heights, double room) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        double used = 0;
        for (int i = 0; i < heights.size(); i++) {
            if (used + heights.get(i) > room && i > starts.get(starts.size() - 1)) {
                starts.add(i);
                used = 0;
            }
            used += heights.get(i);
        }
        return starts;
    }

    private static boolean fits(List<Integer> starts, double[] before, double room) {
        int blocks = before.length - 1;
        for (int p = 0; p < starts.size(); p++) {
            int from = starts.get(p);
            int to = p + 1 < starts.size() ? starts.get(p + 1) : blocks;
            if (to <= from || before[to] - before[from] > room && to - from > 1) {
                return false;
            }
        }
        return true;
    }
}
