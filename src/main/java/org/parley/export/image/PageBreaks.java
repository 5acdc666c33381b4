package org.parley.export.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where a figure too tall for one sheet is cut into pages: at the top of an item, never through
 * one, and at the top of a lane when one starts near the end of the page, so a reader does not
 * meet a lane's first row alone at the foot of a sheet.
 */
final class PageBreaks {

    /** A lane that starts in the last quarter of a page is carried over whole. */
    private static final double LANE_BREAK_ZONE = 0.25;

    private PageBreaks() {
    }

    /**
     * Bands {@code [from, to)} covering {@code 0..total}, none taller than {@code room}. Each cut
     * is the top of an item or a lane that no item spans; only where one item (or a run of
     * overlapping ones) is taller than a page is it cut where the page ends.
     *
     * @param items    vertical spans {@code {y0, y1}} of the drawn items
     * @param laneTops where lanes begin
     */
    static List<double[]> bands(List<double[]> items, double[] laneTops, double total, double room) {
        if (!(room > 0)) {
            throw new IllegalArgumentException("a page must have room, not " + room);
        }
        Blocked blocked = Blocked.of(items);
        double[] tops = items.stream().mapToDouble(s -> s[0]).sorted().distinct().toArray();
        double[] lanes = laneTops.clone();
        Arrays.sort(lanes);
        List<double[]> bands = new ArrayList<>();
        double from = 0;
        while (total - from > 1e-6) {
            double limit = from + room;
            if (total <= limit) {
                bands.add(new double[] {from, total});
                break;
            }
            double cut = lastFree(lanes, blocked, limit - room * LANE_BREAK_ZONE, limit);
            if (Double.isNaN(cut)) {
                cut = lastFree(tops, blocked, from, limit);
            }
            if (Double.isNaN(cut)) {
                cut = limit;
            }
            bands.add(new double[] {from, cut});
            from = cut;
        }
        return bands;
    }

    /** The last of {@code ys} (sorted) in {@code (low, limit]} that no item spans; NaN if none. */
    private static double lastFree(double[] ys, Blocked blocked, double low, double limit) {
        int i = Arrays.binarySearch(ys, limit);
        i = i >= 0 ? i : -i - 2;
        for (; i >= 0 && ys[i] > low; i--) {
            if (!blocked.spans(ys[i])) {
                return ys[i];
            }
        }
        return Double.NaN;
    }

    /** The items' spans joined where they overlap, in order, for a binary search. */
    private record Blocked(double[] starts, double[] ends) {

        static Blocked of(List<double[]> items) {
            List<double[]> sorted = new ArrayList<>(items);
            sorted.sort(Comparator.comparingDouble(s -> s[0]));
            List<double[]> joined = new ArrayList<>();
            for (double[] s : sorted) {
                double[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
                if (last != null && s[0] < last[1]) {
                    last[1] = Math.max(last[1], s[1]);
                } else {
                    joined.add(new double[] {s[0], s[1]});
                }
            }
            return new Blocked(joined.stream().mapToDouble(s -> s[0]).toArray(),
                    joined.stream().mapToDouble(s -> s[1]).toArray());
        }

        /** Whether some item starts above {@code y} and ends below it. */
        boolean spans(double y) {
            int i = Arrays.binarySearch(starts, y);
            i = i >= 0 ? i - 1 : -i - 2;
            return i >= 0 && ends[i] > y;
        }
    }
}
