package org.parley.render.map;

import java.util.List;
import org.parley.layout.map.Bounds;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedCountry;
import org.parley.layout.map.ProjectedPolygon;
import org.parley.layout.map.ScreenPoint;
import org.parley.render.Painter;
import org.parley.render.Theme;

/**
 * Paints one map frame from a {@link MapScene} with any {@link Painter}: the JavaFX canvas on
 * screen, Java2D for PNG/SVG/PDF. Layers go back to front — sea, land, shaded countries, borders,
 * the Crimea note, markers, rings, route legs, route badges, labels, edge arrows, furniture — so
 * what a user clicks (markers, badges) is never hidden by the decoration.
 *
 * <p>Keeps a scratch buffer between frames so panning does not allocate per polygon: use one
 * instance per thread.
 */
public final class MapPainter {

    private final ScreenRings rings = new ScreenRings();

    public void paint(Painter painter, MapScene scene, Theme theme) {
        MapViewport viewport = scene.viewport();
        painter.save();
        painter.clipRect(0, 0, viewport.width(), viewport.height());

        painter.setFill(theme.sea());
        painter.fillRect(0, 0, viewport.width(), viewport.height());
        paintLand(painter, scene, theme);
        paintCountries(painter, scene, theme);
        CrimeaNote.paint(painter, viewport, theme);

        List<ScreenPoint> stops = RouteArt.stopPositions(scene.route(), viewport);
        MarkerArt.paintMarkers(painter, scene.markers(), theme);
        MarkerArt.paintRings(painter, scene.markers(), scene.selectedPlace(), scene.highlightedPlaces(), theme);
        RouteArt.paintLegs(painter, stops, RouteArt.clearances(scene.route(), scene.markers()), theme);
        RouteArt.paintBadges(painter, stops, theme);

        LabelPlacer placer = new LabelPlacer(viewport.width(), viewport.height());
        for (ScreenPoint stop : stops) {
            double r = RouteArt.BADGE_RADIUS;
            placer.reserve(new LabelPlacer.Box(stop.x() - r, stop.y() - r, 2 * r, 2 * r));
        }
        placer.reserve(MapFurniture.paintScaleBar(painter, viewport, theme));
        placer.reserve(MapFurniture.paintAttribution(painter, viewport, theme));
        if (!scene.title().isBlank()) {
            placer.reserve(MapFurniture.paintTitle(painter, scene.title(), theme));
        }
        if (scene.legend()) {
            placer.reserve(MapFurniture.paintLegend(painter, scene, theme));
        }
        MarkerArt.paintLabels(painter, placer, scene.route(), stops, scene.markers(), scene.selectedPlace(), theme);
        MapFurniture.paintEdgeArrows(painter, scene.offscreen(), scene.selectedPlace(), theme);
        painter.restore();
    }

    private void paintLand(Painter painter, MapScene scene, Theme theme) {
        rings.clear();
        for (ProjectedPolygon polygon : scene.layout().land()) {
            rings.add(polygon, scene.viewport());
        }
        painter.setFill(theme.land());
        rings.fill(painter);
    }

    private void paintCountries(Painter painter, MapScene scene, Theme theme) {
        MapViewport viewport = scene.viewport();
        painter.setFill(theme.shadedCountry());
        for (ProjectedCountry country : scene.layout().countries()) {
            if (scene.shadedCountries().contains(country.id())) {
                countryRings(country, viewport);
                rings.fill(painter);
            }
        }
        painter.setStroke(theme.border());
        painter.setLineWidth(0.8);
        for (ProjectedCountry country : scene.layout().countries()) {
            countryRings(country, viewport);
            rings.stroke(painter);
        }
    }

    private void countryRings(ProjectedCountry country, MapViewport viewport) {
        rings.clear();
        Bounds visible = viewport.visibleBounds();
        for (ProjectedPolygon polygon : country.polygons()) {
            if (polygon.bounds().intersects(visible)) {
                rings.add(polygon, viewport);
            }
        }
    }
}
