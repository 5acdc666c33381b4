package org.parley.layout.map;

import java.util.List;
import java.util.Objects;

/**
 * One polygon in geographic degrees: an outer ring and zero or more holes.
 *
 * <p>Each ring is a flat, closed array {@code lon0, lat0, lon1, lat1, …} whose last point equals
 * its first, as TopoJSON produces it. Flat primitive arrays keep a 50m basemap to a few hundred
 * kilobytes of heap and let projection run as one tight loop. The arrays are shared, not copied:
 * treat them as read-only.
 */
public record Polygon(double[] outer, List<double[]> holes) {

    public Polygon {
        Objects.requireNonNull(outer, "outer");
        holes = List.copyOf(holes);
        if (outer.length % 2 != 0) {
            throw new IllegalArgumentException("ring must hold lon/lat pairs, got " + outer.length + " numbers");
        }
    }

    /** Number of points in the outer ring. */
    public int outerPointCount() {
        return outer.length / 2;
    }
}
