package org.parley.layout;

import java.util.Arrays;

/**
 * Rectangles bucketed on a coarse grid, so "does this overlap anything placed?" looks only at
 * nearby rectangles. Touching edges do not count as overlap.
 *
 * <p>Kept in primitive arrays: the timeline's labels are placed again in every frame, a thousand
 * or more at a time, and a map of boxed cell keys to lists spent more of the frame hashing and
 * allocating than testing rectangles.
 */
final class RectIndex {

    private static final double CELL = 64;

    /** x, y, w, h of each rectangle added, four doubles apiece. */
    private double[] rects = new double[64];
    private int rectCount;

    /** Open addressing from a cell's key to its first entry; a slot is free when not {@code used}. */
    private long[] keys = new long[64];
    private boolean[] used = new boolean[64];
    private int[] heads = new int[64];
    private int cellCount;

    /** One entry per rectangle per cell it touches: which rectangle, and the cell's next entry (-1 ends). */
    private int[] entryRect = new int[64];
    private int[] entryNext = new int[64];
    private int entryCount;

    /** The cells of the rectangle being added or tested, reused. */
    private long[] cellKeys = new long[16];

    void add(double x, double y, double w, double h) {
        int r = rectCount++;
        if (rects.length < rectCount * 4) {
            rects = Arrays.copyOf(rects, rects.length * 2);
        }
        rects[r * 4] = x;
        rects[r * 4 + 1] = y;
        rects[r * 4 + 2] = w;
        rects[r * 4 + 3] = h;
        int n = cellsOf(x, y, w, h);
        for (int c = 0; c < n; c++) {
            int slot = slotOf(cellKeys[c]);
            if (entryCount == entryRect.length) {
                entryRect = Arrays.copyOf(entryRect, entryCount * 2);
                entryNext = Arrays.copyOf(entryNext, entryCount * 2);
            }
            entryRect[entryCount] = r;
            entryNext[entryCount] = heads[slot];
            heads[slot] = entryCount++;
        }
    }

    boolean overlapsAny(double x, double y, double w, double h) {
        int n = cellsOf(x, y, w, h);
        for (int c = 0; c < n; c++) {
            int slot = find(cellKeys[c]);
            for (int e = slot < 0 ? -1 : heads[slot]; e >= 0; e = entryNext[e]) {
                int i = entryRect[e] * 4;
                if (x < rects[i] + rects[i + 2] && rects[i] < x + w
                        && y < rects[i + 1] + rects[i + 3] && rects[i + 1] < y + h) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Puts the keys of the cells the rectangle touches into {@link #cellKeys}; returns how many. */
    private int cellsOf(double x, double y, double w, double h) {
        long cx1 = cell(x + w);
        long cy0 = cell(y);
        long cy1 = cell(y + h);
        int n = 0;
        for (long cx = cell(x); cx <= cx1; cx++) {
            for (long cy = cy0; cy <= cy1; cy++) {
                if (n == cellKeys.length) {
                    cellKeys = Arrays.copyOf(cellKeys, n * 2);
                }
                cellKeys[n++] = cx * 1_000_003L + cy;
            }
        }
        return n;
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private int start(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & (keys.length - 1);
    }

    /** The slot holding {@code key}, or -1. */
    private int find(long key) {
        for (int s = start(key); used[s]; s = (s + 1) & (keys.length - 1)) {
            if (keys[s] == key) {
                return s;
            }
        }
        return -1;
    }

    /** The slot holding {@code key}, made (with no entries) when there is none. */
    private int slotOf(long key) {
        int found = find(key);
        if (found >= 0) {
            return found;
        }
        if ((cellCount + 1) * 2 > keys.length) {
            grow();
        }
        int s = start(key);
        while (used[s]) {
            s = (s + 1) & (keys.length - 1);
        }
        used[s] = true;
        keys[s] = key;
        heads[s] = -1;
        cellCount++;
        return s;
    }

    private void grow() {
        long[] oldKeys = keys;
        boolean[] oldUsed = used;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        used = new boolean[keys.length];
        heads = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int s = start(oldKeys[i]);
                while (used[s]) {
                    s = (s + 1) & (keys.length - 1);
                }
                used[s] = true;
                keys[s] = oldKeys[i];
                heads[s] = oldHeads[i];
            }
        }
    }
}
