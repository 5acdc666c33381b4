package org.parley.render.map;

import java.util.List;
import org.parley.layout.map.MapViewport;
import org.parley.render.label.Rect;

/**
 * Where the size key and its note go: the first corner of the map where they hide no marker, cluster or route
 * badge, else the corner where they hide the least. Top left, top right, bottom left, bottom right, in that order:
 * a reader looks for a key at the top first, and the bottom holds the scale bar and the credit, which the key keeps
 * above. Placed clear of the title and the legend only, the note "15 of the 64 events shown have no place on the map."
 * lay over Brussels' circle on a small map following Geneva.
 */
final class KeyCorner {

    private static final double MARGIN = 8;
    private static final double GAP = 6;

    private KeyCorner() {
    }

    /** Where the block goes, and how much of the map's marks it hides there (0: none). */
    record Placement(Rect box, int hidden) {
    }

    /**
     * The box for a block {@code w} by {@code h}; {@code above} are the boxes along the top (title, legend)
     * it stays under, {@code below} the ones along the bottom (scale bar, credit) it stays over, {@code arrows} the
     * edge arrows it should not cover, weighed as a marker.
     */
    static Placement choose(double w, double h, MapViewport viewport, List<Rect> above, List<Rect> below,
                                List<MapFurniture.WeightedRect> marks, List<Rect> arrows) {
        double left = MARGIN;
        double right = viewport.width() - w - MARGIN;
        Rect[] corners = {
            new Rect(left, under(above, left, w), w, h),
            new Rect(right, under(above, right, w), w, h),
            new Rect(left, over(below, left, w, viewport.height()) - h, w, h),
            new Rect(right, over(below, right, w, viewport.height()) - h, w, h),
        };
        Rect best = corners[0];
        int fewest = Integer.MAX_VALUE;
        for (Rect corner : corners) {
            if (corner.y() < 0 || corner.y() + h > viewport.height() || clash(corner, above, below)) {
                continue;
            }
            int hidden = hidden(corner, marks, arrows);
            if (hidden < fewest) {
                best = corner;
                fewest = hidden;
            }
        }
        return new Placement(best, fewest == Integer.MAX_VALUE ? hidden(best, marks, arrows) : fewest);
    }

    private static boolean clash(Rect box, List<Rect> above, List<Rect> below) {
        return above.stream().anyMatch(box::overlaps) || below.stream().anyMatch(box::overlaps);
    }

    private static int hidden(Rect box, List<MapFurniture.WeightedRect> marks, List<Rect> arrows) {
        int sum = 0;
        for (MapFurniture.WeightedRect m : marks) {
            if (box.overlaps(m.box())) {
                sum += m.weight();
            }
        }
        for (Rect a : arrows) {
            if (box.overlaps(a)) {
                sum += 1;
            }
        }
        return sum;
    }

    /** The top of a box from {@code x}, {@code w} wide, clear of every one of {@code above} in its column. */
    private static double under(List<Rect> above, double x, double w) {
        double top = MARGIN;
        for (Rect r : above) {
            if (r.x() < x + w && x < r.x() + r.w()) {
                top = Math.max(top, r.y() + r.h() + GAP);
            }
        }
        return top;
    }

    /** The bottom of a box from {@code x}, {@code w} wide, clear of every one of {@code below} in its column. */
    private static double over(List<Rect> below, double x, double w, double height) {
        double bottom = height - MARGIN;
        for (Rect r : below) {
            if (r.x() < x + w && x < r.x() + r.w()) {
                bottom = Math.min(bottom, r.y() - GAP);
            }
        }
        return bottom;
    }
}
