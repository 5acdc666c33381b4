package org.parley.layout;

import java.util.PriorityQueue;

/**
 * Greedy interval packing: items taken in start order go to the lowest row that is free by their
 * start. Items starting together therefore take increasing rows in the order given, which is how
 * day-level events of one day stack in their {@code order}.
 */
final class RowPacker {

    private RowPacker() {
    }

    /**
     * @param starts item starts, sorted ascending
     * @param ends   item ends, each after its start
     * @return the row of each item, and the number of rows used as the last element
     */
    static int[] pack(long[] starts, long[] ends) {
        int n = starts.length;
        int[] rows = new int[n + 1];
        // Rows still busy, soonest free first; and rows free again, lowest first.
        PriorityQueue<long[]> busy = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        PriorityQueue<Integer> free = new PriorityQueue<>();
        int used = 0;
        for (int i = 0; i < n; i++) {
            while (!busy.isEmpty() && busy.peek()[0] <= starts[i]) {
                free.add((int) busy.poll()[1]);
            }
            int row = free.isEmpty() ? used++ : free.poll();
            rows[i] = row;
            busy.add(new long[] {ends[i], row});
        }
        rows[n] = used;
        return rows;
    }
}
