package org.parley.seed;

import java.util.Arrays;

/**
 * The suffixes of a text in sorted order, built by prefix doubling with counting sorts: O(n log n)
 * whatever the text, repetitive or not. Counting the occurrences of a pattern of length m is then
 * two binary searches, O(m log n), instead of a scan of the whole text.
 */
final class SuffixArray {
    private final String text;
    private final int[] suffixes;

    SuffixArray(String text) {
        this.text = text;
        this.suffixes = build(text);
    }

    /** How many times {@code pattern} occurs; overlapping occurrences count. */
    int count(String pattern) {
        return upperBound(pattern) - lowerBound(pattern);
    }

    /** Where {@code pattern} occurs when it occurs exactly once, else -1. */
    int onlyOccurrence(String pattern) {
        int lo = lowerBound(pattern);
        return upperBound(pattern) - lo == 1 ? suffixes[lo] : -1;
    }

    /** The first suffix that does not sort before the pattern. */
    private int lowerBound(String pattern) {
        int lo = 0;
        int hi = suffixes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(suffixes[mid], pattern) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first suffix that sorts after every suffix starting with the pattern. */
    private int upperBound(String pattern) {
        int lo = 0;
        int hi = suffixes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(suffixes[mid], pattern) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The suffix at {@code start} against the pattern, looking at most at the pattern's length: 0 when it starts with it. */
    private int compare(int start, String pattern) {
        int n = Math.min(text.length() - start, pattern.length());
        for (int i = 0; i < n; i++) {
            int d = text.charAt(start + i) - pattern.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return n == pattern.length() ? 0 : -1;
    }

    private static int[] build(String s) {
        int n = s.length();
        int[] sa = new int[n];
        if (n == 0) {
            return sa;
        }
        int[] rank = new int[n];
        int[] next = new int[n];
        int[] order = new int[n];
        char[] chars = s.toCharArray();
        char[] distinct = chars.clone();
        Arrays.sort(distinct);
        int classes = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                distinct[classes++] = distinct[i];
            }
        }
        for (int i = 0; i < n; i++) {
            // Ranks start at 1: 0 stands for "past the end", which sorts first.
            rank[i] = Arrays.binarySearch(distinct, 0, classes, chars[i]) + 1;
            order[i] = i;
        }
        countingSort(order, sa, rank, classes);
        for (int k = 1; ; k <<= 1) {
            // By the second half: suffixes whose second half is past the end first, then in the current order.
            int j = 0;
            for (int i = n - k; i < n; i++) {
                if (i >= 0) {
                    order[j++] = i;
                }
            }
            for (int i = 0; i < n; i++) {
                if (sa[i] >= k) {
                    order[j++] = sa[i] - k;
                }
            }
            countingSort(order, sa, rank, classes);
            next[sa[0]] = 1;
            for (int i = 1; i < n; i++) {
                int a = sa[i - 1];
                int b = sa[i];
                boolean same = rank[a] == rank[b] && second(rank, a, k) == second(rank, b, k);
                next[b] = next[a] + (same ? 0 : 1);
            }
            int[] swap = rank;
            rank = next;
            next = swap;
            classes = rank[sa[n - 1]];
            if (classes == n || k >= n) {
                return sa;
            }
        }
    }

    private static int second(int[] rank, int i, int k) {
        return i + k < rank.length ? rank[i + k] : 0;
    }

    /** Stable sort of {@code in} by rank into {@code out}; ranks run from 1 to {@code classes}. */
    private static void countingSort(int[] in, int[] out, int[] rank, int classes) {
        int[] count = new int[classes + 2];
        for (int i : in) {
            count[rank[i] + 1]++;
        }
        for (int c = 1; c < count.length; c++) {
            count[c] += count[c - 1];
        }
        for (int i : in) {
            out[count[rank[i]]++] = i;
        }
    }
}
