package org.parley.layout.map;

import java.util.List;

/** A country in projected metres, with the box around all its parts for quick culling. */
public record ProjectedCountry(String id, String name, List<ProjectedPolygon> polygons, Bounds bounds) {

    public ProjectedCountry {
        polygons = List.copyOf(polygons);
    }

    /** True if the projected point lies in one of the country's parts. */
    public boolean contains(double x, double y) {
        if (!bounds.contains(x, y)) {
            return false;
        }
        for (ProjectedPolygon polygon : polygons) {
            if (polygon.contains(x, y)) {
                return true;
            }
        }
        return false;
    }
}
