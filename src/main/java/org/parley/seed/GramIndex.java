package org.parley.seed;

import java.util.Arrays;

/**
 * Where each run of {@value #GRAM} characters starts in a text, as hash chains (built in one pass).
 * Counting a pattern's occurrences then checks only the places where its first characters stand,
 * and gives up after {@value #MAX_CANDIDATES} of them, so a lookup costs at most a fixed number of
 * comparisons of the pattern's length: a repetitive text, where one run stands everywhere, is left
 * to the caller's linear scan.
 */
final class GramIndex {
    static final int GRAM = 8;
    static final int MAX_CANDIDATES = 64;
    /** What {@link #occurrences} says when it gave up. */
    static final int UNKNOWN = -1;

    private final String text;
    private final int[] head;
    private final int[] next;

    GramIndex(String text) {
        this.text = text;
        int starts = Math.max(0, text.length() - GRAM + 1);
        head = new int[Integer.highestOneBit(Math.max(1, starts))];
        Arrays.fill(head, -1);
        next = new int[starts];
        // Filled from the end, so that each chain runs in text order.
        for (int i = starts - 1; i >= 0; i--) {
            int slot = hash(text, i) & (head.length - 1);
            next[i] = head[slot];
            head[slot] = i;
        }
    }

    /**
     * How many times {@code pattern} occurs (overlapping occurrences count), counting at most to two,
     * and where the first is in {@code first[0]}; {@link #UNKNOWN} when the pattern is shorter than a
     * run or its first run stands in too many places.
     */
    int occurrences(String pattern, int[] first) {
        if (pattern.length() < GRAM) {
            return UNKNOWN;
        }
        int found = 0;
        int seen = 0;
        for (int at = head[hash(pattern, 0) & (head.length - 1)]; at >= 0; at = next[at]) {
            if (++seen > MAX_CANDIDATES) {
                return UNKNOWN;
            }
            if (text.regionMatches(at, pattern, 0, pattern.length())) {
                if (found == 0) {
                    first[0] = at;
                }
                if (++found == 2) {
                    return found;
                }
            }
        }
        return found;
    }

    private static int hash(String s, int from) {
        int h = 0;
        for (int i = from; i < from + GRAM; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 16);
    }
}
