package org.parley.layout;

import java.util.Arrays;

/**
 * Repulsion between many nodes in the unit square, approximated on a fixed grid: nodes in the
 * same or a neighbouring cell repel one by one, and every farther cell repels as one mass at its
 * centre of gravity. A one-level Barnes–Hut: an iteration costs about n × cells plus the near
 * pairs, whatever the shape the layout takes.
 */
final class CellMasses {

    private final int cells;
    private final double[] mass;
    private final double[] cx;
    private final double[] cy;
    private int[] start = new int[0];
    private int[] members = new int[0];

    CellMasses(int cells) {
        this.cells = cells;
        this.mass = new double[cells * cells];
        this.cx = new double[cells * cells];
        this.cy = new double[cells * cells];
    }

    void repel(double[] x, double[] y, double[] dx, double[] dy, double k2) {
        int n = x.length;
        int total = cells * cells;
        Arrays.fill(mass, 0);
        Arrays.fill(cx, 0);
        Arrays.fill(cy, 0);
        int[] of = new int[n];
        int[] count = new int[total + 1];
        for (int i = 0; i < n; i++) {
            of[i] = cell(x[i], y[i]);
            mass[of[i]]++;
            cx[of[i]] += x[i];
            cy[of[i]] += y[i];
            count[of[i] + 1]++;
        }
        for (int c = 0; c < total; c++) {
            if (mass[c] > 0) {
                cx[c] /= mass[c];
                cy[c] /= mass[c];
            }
            count[c + 1] += count[c];
        }
        start = count;
        members = new int[n];
        int[] fill = Arrays.copyOf(count, total);
        for (int i = 0; i < n; i++) {
            members[fill[of[i]]++] = i;
        }
        for (int i = 0; i < n; i++) {
            int gx = of[i] % cells;
            int gy = of[i] / cells;
            for (int c = 0; c < total; c++) {
                if (mass[c] == 0) {
                    continue;
                }
                int ox = c % cells;
                int oy = c / cells;
                if (Math.abs(ox - gx) <= 1 && Math.abs(oy - gy) <= 1) {
                    for (int m = start[c]; m < start[c + 1]; m++) {
                        int j = members[m];
                        if (j != i) {
                            push(x[i] - x[j], y[i] - y[j], 1, k2, dx, dy, i);
                        }
                    }
                } else {
                    push(x[i] - cx[c], y[i] - cy[c], mass[c], k2, dx, dy, i);
                }
            }
        }
    }

    private static void push(double ex, double ey, double weight, double k2, double[] dx, double[] dy, int i) {
        double d2 = Math.max(ex * ex + ey * ey, 1e-8);
        double f = weight * k2 / d2;
        dx[i] += ex * f;
        dy[i] += ey * f;
    }

    private int cell(double px, double py) {
        int gx = (int) Math.max(0, Math.min(cells - 1, Math.floor(px * cells)));
        int gy = (int) Math.max(0, Math.min(cells - 1, Math.floor(py * cells)));
        return gy * cells + gx;
    }
}
