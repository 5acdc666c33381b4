package org.parley.layout;

import java.util.Arrays;

/**
 * Points bucketed into square cells, so "who is within one cell of here" is a lookup of nine
 * cells rather than a scan of every point. Rebuilt by {@link #index} whenever the points move.
 */
final class SpatialGrid {

    private final double cell;
    private final int columns;
    private final int rows;
    private int[] start = new int[0];
    private int[] members = new int[0];
    private final int[] scratch = new int[0];

    SpatialGrid(double width, double height, double cell) {
        // Never more than about a million cells, however small the cell asked for.
        double size = Math.max(cell, Math.sqrt(Math.max(1, width * height) / 1_000_000));
        this.cell = size;
        this.columns = Math.max(1, (int) Math.ceil(width / size) + 1);
        this.rows = Math.max(1, (int) Math.ceil(height / size) + 1);
    }

    void index(double[] x, double[] y) {
        int n = x.length;
        int cells = columns * rows;
        int[] count = new int[cells + 1];
        int[] of = new int[n];
        for (int i = 0; i < n; i++) {
            of[i] = cellOf(x[i], y[i]);
            count[of[i] + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            count[c + 1] += count[c];
        }
        start = count.clone();
        members = new int[n];
        int[] fill = Arrays.copyOf(count, cells);
        for (int i = 0; i < n; i++) {
            members[fill[of[i]]++] = i;
        }
    }

    /** Indices of the points in the cell of (px, py) and its eight neighbours, in a fixed order. */
    int[] near(double px, double py) {
        int cx = column(px);
        int cy = row(py);
        int total = 0;
        for (int gy = Math.max(0, cy - 1); gy <= Math.min(rows - 1, cy + 1); gy++) {
            for (int gx = Math.max(0, cx - 1); gx <= Math.min(columns - 1, cx + 1); gx++) {
                int c = gy * columns + gx;
                total += start[c + 1] - start[c];
            }
        }
        int[] out = total == 0 ? scratch : new int[total];
        int at = 0;
        for (int gy = Math.max(0, cy - 1); gy <= Math.min(rows - 1, cy + 1); gy++) {
            for (int gx = Math.max(0, cx - 1); gx <= Math.min(columns - 1, cx + 1); gx++) {
                int c = gy * columns + gx;
                for (int k = start[c]; k < start[c + 1]; k++) {
                    out[at++] = members[k];
                }
            }
        }
        return out;
    }

    private int cellOf(double px, double py) {
        return row(py) * columns + column(px);
    }

    private int column(double px) {
        return (int) Math.max(0, Math.min(columns - 1, Math.floor(px / cell)));
    }

    private int row(double py) {
        return (int) Math.max(0, Math.min(rows - 1, Math.floor(py / cell)));
    }
}
