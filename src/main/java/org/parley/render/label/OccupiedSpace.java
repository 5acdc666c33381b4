package org.parley.render.label;

import java.util.ArrayList;
import java.util.List;

/**
 * The rectangles a picture already uses (labels, markers, legend), bucketed into square cells so
 * asking "is this spot free?" looks at a handful of neighbours rather than every label drawn:
 * decluttering five hundred places stays well inside one frame.
 */
public final class OccupiedSpace {

    private static final double CELL = 48;

    private final double width;
    private final double height;
    private final int columns;
    private final int rows;
    private final List<List<Rect>> cells;

    public OccupiedSpace(double width, double height) {
        this.width = width;
        this.height = height;
        this.columns = Math.max(1, (int) Math.ceil(width / CELL));
        this.rows = Math.max(1, (int) Math.ceil(height / CELL));
        this.cells = new ArrayList<>(columns * rows);
        for (int i = 0; i < columns * rows; i++) {
            cells.add(null);
        }
    }

    /** The picture's width, which a label slid along its edge stays inside. */
    public double width() {
        return width;
    }

    /** True if the rectangle lies wholly inside {@code 0..width × 0..height}. */
    public boolean inside(Rect r) {
        return r.x() >= 0 && r.y() >= 0 && r.x() + r.w() <= width && r.y() + r.h() <= height;
    }

    /** True if the rectangle meets nothing taken so far. */
    public boolean free(Rect r) {
        return freeBut(r, null);
    }

    /** True if the rectangle meets nothing taken so far except {@code own}, the very rectangle taken for its mark. */
    public boolean freeBut(Rect r, Rect own) {
        int c0 = column(r.x());
        int c1 = column(r.x() + r.w());
        int r0 = row(r.y());
        int r1 = row(r.y() + r.h());
        for (int gy = r0; gy <= r1; gy++) {
            for (int gx = c0; gx <= c1; gx++) {
                List<Rect> cell = cells.get(gy * columns + gx);
                if (cell == null) {
                    continue;
                }
                for (Rect other : cell) {
                    if (other != own && other.overlaps(r)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Marks the rectangle as used (it may reach past the picture; only the inside part counts). */
    public void take(Rect r) {
        int c0 = column(r.x());
        int c1 = column(r.x() + r.w());
        int r0 = row(r.y());
        int r1 = row(r.y() + r.h());
        for (int gy = r0; gy <= r1; gy++) {
            for (int gx = c0; gx <= c1; gx++) {
                int i = gy * columns + gx;
                if (cells.get(i) == null) {
                    cells.set(i, new ArrayList<>(4));
                }
                cells.get(i).add(r);
            }
        }
    }

    private int column(double x) {
        return (int) Math.max(0, Math.min(columns - 1, Math.floor(x / CELL)));
    }

    private int row(double y) {
        return (int) Math.max(0, Math.min(rows - 1, Math.floor(y / CELL)));
    }
}
