package org.parley.layout;

import java.util.function.IntPredicate;

/** The one binary search the timeline layout needs, over sorted rows and items. */
final class BinarySearch {

    private BinarySearch() {
    }

    /**
     * The first index in {@code [from, to)} at which {@code reached} holds, or {@code to} if none;
     * {@code reached} must be false then true along the range (as it is over sorted arrays).
     */
    static int first(int from, int to, IntPredicate reached) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (reached.test(mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Index of the first element greater than {@code v}. */
    static int upperBound(double[] a, double v) {
        return first(0, a.length, i -> a[i] > v);
    }

    /** Index of the first element greater than {@code v}. */
    static int upperBound(int[] a, int v) {
        return first(0, a.length, i -> a[i] > v);
    }
}
