package org.parley.render.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy label placement: labels are offered in order of importance, each tries a few spots
 * around its anchor, and a label that fits nowhere is skipped rather than drawn over another.
 */
final class LabelPlacer {

    record Box(double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    private final double width;
    private final double height;
    private final List<Box> taken = new ArrayList<>();

    LabelPlacer(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Keeps a region free of labels (a route badge, the scale bar). */
    void reserve(Box box) {
        taken.add(box);
    }

    /** The first candidate that is inside the panel and free, now reserved; null if none is. */
    Box place(List<Box> candidates) {
        for (Box c : candidates) {
            if (c.x < 0 || c.y < 0 || c.x + c.w > width || c.y + c.h > height) {
                continue;
            }
            if (taken.stream().noneMatch(c::overlaps)) {
                taken.add(c);
                return c;
            }
        }
        return null;
    }

    /** Right, left, above and below a circle of radius r at (cx, cy), for text w × h. */
    static List<Box> around(double cx, double cy, double r, double w, double h) {
        double gap = r + 3;
        return List.of(
                new Box(cx + gap, cy - h / 2, w, h),
                new Box(cx - gap - w, cy - h / 2, w, h),
                new Box(cx - w / 2, cy - gap - h, w, h),
                new Box(cx - w / 2, cy + gap, w, h));
    }
}
