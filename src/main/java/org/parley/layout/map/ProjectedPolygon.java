package org.parley.layout.map;

/**
 * A polygon in projected metres, ready to paint: {@code rings[0]} is the outer ring, the rest are
 * holes, each a flat {@code x0, y0, x1, y1, …} array. Fill with the even-odd rule.
 * Arrays are shared, not copied: treat them as read-only.
 */
public record ProjectedPolygon(double[][] rings, Bounds bounds) {

    static ProjectedPolygon of(Polygon polygon, Projection projection) {
        double[][] rings = new double[1 + polygon.holes().size()][];
        rings[0] = projection.forward(polygon.outer());
        for (int i = 0; i < polygon.holes().size(); i++) {
            rings[i + 1] = projection.forward(polygon.holes().get(i));
        }
        return new ProjectedPolygon(rings, Bounds.of(rings[0]));
    }

    /** True if the projected point is inside the outer ring and not in a hole. */
    public boolean contains(double x, double y) {
        return bounds.contains(x, y) && PointInPolygon.contains(rings, x, y);
    }
}
