package org.parley.render.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.layout.map.Bounds;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedCountry;
import org.parley.layout.map.ProjectedPolygon;
import org.parley.layout.map.ScreenPoint;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.Theme;
import org.parley.render.label.Rect;

/**
 * Paints one map frame from a {@link MapScene} with any {@link Painter}: the JavaFX canvas on
 * screen, Java2D for PNG/SVG/PDF. Layers go back to front — sea, land, shaded countries, borders,
 * the Crimea note, markers, rings, route legs, edge arrows, furniture, route badges, labels — so
 * what a user clicks (markers, badges) is never hidden by the decoration, and no label by anything.
 *
 * <p>Keeps a scratch buffer between frames so panning does not allocate per polygon: use one
 * instance per thread.
 */
public final class MapPainter {

    // Below this the key would take the room of the map it explains.
    private static final double SIZE_KEY_MIN_WIDTH = 300;
    private static final double SIZE_KEY_MIN_HEIGHT = 200;

    private final ScreenRings rings = new ScreenRings();
    private final TextMetrics metrics = new TextMetrics();
    private List<MapLabel> lastLabels = List.of();
    private List<ScreenPoint> lastBadges = List.of();
    private UnnamedMarks lastUnnamed = UnnamedMarks.NONE;
    private Rect lastScaleBar;
    private List<Rect> lastSizeKey = List.of();

    public void paint(Painter painter, MapScene scene, Theme theme) {
        paintBase(painter, scene, theme);
        paintOverlay(painter, scene, theme);
    }

    /**
     * The layer that depends only on the viewport, the shaded countries and the theme: sea, land,
     * borders, the Crimea outline. The screen keeps it as an image a little larger than the panel
     * and only moves it while panning.
     */
    public void paintBase(Painter painter, MapScene scene, Theme theme) {
        MapViewport viewport = scene.viewport();
        painter.save();
        painter.clipRect(0, 0, viewport.width(), viewport.height());
        painter.setFill(theme.sea());
        painter.fillRect(0, 0, viewport.width(), viewport.height());
        paintLand(painter, scene, theme);
        paintCountries(painter, scene, theme);
        CrimeaNote.paintOutline(painter, viewport, theme);
        painter.restore();
    }

    /** Everything drawn over the basemap: markers, rings, route, furniture, arrows and labels. */
    public void paintOverlay(Painter painter, MapScene scene, Theme theme) {
        MapViewport viewport = scene.viewport();
        painter.save();
        painter.clipRect(0, 0, viewport.width(), viewport.height());

        List<ScreenPoint> stops = RouteArt.stopPositions(scene.route(), viewport);
        List<Rect> furniture = new ArrayList<>();
        // Under the markers: where no corner is clear, a marker still shows over the bar rather than under it.
        MapFurniture.Credit credit = scene.credit() ? MapFurniture.credit(painter, viewport) : null;
        // Without a credit the bar keeps clear of nothing below the map's bottom edge.
        Rect creditBox = credit != null ? credit.box() : new Rect(viewport.width(), viewport.height(), 0, 0);
        List<ScreenPoint> badges = RouteBadges.positions(scene, stops, credit != null ? List.of(creditBox) : List.of());
        List<MapFurniture.WeightedRect> marks = marks(scene, badges);
        lastSizeKey = List.of();
        Rect scaleBar = MapFurniture.paintScaleBar(painter, viewport, marks, creditBox, theme);
        lastScaleBar = scaleBar;
        if (scaleBar != null) {
            furniture.add(scaleBar);
        }
        MarkerArt.paintClusters(painter, scene.clusters(), theme);
        MarkerArt.paintMarkers(painter, scene.markers(), theme);
        MarkerArt.paintRings(painter, scene.markers(), scene.selectedPlace(), scene.highlightedPlaces(), theme);
        RouteArt.paintLegs(painter, scene.route(), stops, RouteArt.clearances(scene.route(), scene.markers()), theme);
        // Under the furniture: zoomed in on a big dataset, dozens of arrows ringed the edge and hid the size key's counts.
        MapFurniture.paintEdgeArrows(painter, scene.offscreen(), scene.selectedPlace(), theme);

        if (credit != null) {
            furniture.add(MapFurniture.paintCredit(painter, credit, theme));
        }
        // The title and the key stand along the top edge: the size key goes under whichever is in its column.
        List<Rect> alongTheTop = new ArrayList<>();
        if (!scene.title().isBlank()) {
            alongTheTop.add(MapFurniture.paintTitle(painter, scene.title(), viewport.width(), scene.legend(), theme));
        }
        if (scene.legend()) {
            alongTheTop.add(MapFurniture.paintLegend(painter, scene, theme));
        }
        furniture.addAll(alongTheTop);
        if (scene.sizeKey() && viewport.width() >= SIZE_KEY_MIN_WIDTH && viewport.height() >= SIZE_KEY_MIN_HEIGHT) {
            if (scene.busiest() > 0) {
                // Along the bottom stand the scale bar and the credit, painted already: the key keeps above them.
                List<Rect> alongTheBottom = new ArrayList<>();
                if (scaleBar != null) {
                    alongTheBottom.add(scaleBar);
                }
                if (credit != null) {
                    alongTheBottom.add(creditBox);
                }
                List<Rect> key = SizeKey.paint(painter, scene.busiest(), scene.unplacedNote(), viewport,
                        scene.offscreen(), alongTheTop, alongTheBottom, marks, theme);
                furniture.addAll(key);
                lastSizeKey = key;
            }
        }
        painter.save();
        MapLabels.Measure measure = measure(painter);
        List<Rect> keepClear = scaleBar != null ? List.of(scaleBar) : List.of();
        MapLabels.Placed placed = MapLabels.placeAll(scene, stops, badges, furniture, keepClear, measure);
        List<ScreenPoint> moved = StopNameRoom.badges(scene, stops, badges, placed, furniture, measure);
        if (moved != badges) {
            badges = moved;
            placed = MapLabels.placeAll(scene, stops, badges, furniture, keepClear, measure);
        }
        List<MapLabel> labels = placed.labels();
        painter.restore();
        lastBadges = badges;
        lastLabels = List.copyOf(labels);
        lastUnnamed = UnnamedMarks.of(scene, lastLabels, placed.named(), placed.dated());
        // After the furniture: a badge moved to make room for its stop's name is known only now (it keeps clear of
        // the furniture), and what a user clicks stays on top.
        RouteArt.paintBadges(painter, scene.route(), badges, theme);
        MarkerArt.paintLabels(painter, labels, theme);
        painter.restore();
    }

    /**
     * What the scale bar should not hide: the selected place most, route badges more than other markers, and Crimea's
     * dashed outline as much as a marker: kept off the markers alone, the bar and its "500 km" lay across the
     * peninsula on the handout's Kallas page and its Letter overview map, the dashes through the words.
     */
    private static List<MapFurniture.WeightedRect> marks(MapScene scene, List<ScreenPoint> badges) {
        List<MapFurniture.WeightedRect> marks = new ArrayList<>();
        CrimeaNote.outline(scene.viewport()).ifPresent(box -> marks.add(new MapFurniture.WeightedRect(box, 1)));
        for (PlaceMarker m : scene.markers()) {
            boolean selected = m.place().id().equals(scene.selectedPlace());
            marks.add(new MapFurniture.WeightedRect(Rect.around(m.position().x(), m.position().y(), m.radius() + 2),
                    selected ? 10 : 1));
        }
        for (MarkerCluster c : scene.clusters()) {
            marks.add(new MapFurniture.WeightedRect(Rect.around(c.position().x(), c.position().y(), c.radius() + 2), 1));
        }
        for (ScreenPoint p : badges) {
            marks.add(new MapFurniture.WeightedRect(Rect.around(p.x(), p.y(), RouteArt.BADGE_RADIUS), 3));
        }
        return marks;
    }

    /** The box of Crimea's dashed outline in this viewport, or empty when the peninsula is out of the frame. */
    public static Optional<Rect> crimeaOutline(MapViewport viewport) {
        return CrimeaNote.outline(viewport);
    }

    /** The points of Crimea's dashed outline in this viewport, in order, or none when the peninsula is out of the frame. */
    public static List<ScreenPoint> crimeaOutlinePoints(MapViewport viewport) {
        return CrimeaNote.inView(viewport) ? CrimeaNote.outlinePoints(viewport) : List.of();
    }

    /** Where the last frame drew each route stop's badge, in route order: a click there chooses the stop. */
    public List<ScreenPoint> lastBadges() {
        return lastBadges;
    }

    /** The labels of the last frame painted, where they were drawn: for tests and for naming what the pointer is on. */
    public List<MapLabel> lastLabels() {
        return lastLabels;
    }

    /** What the last frame marked but could not name: a slide says it under the map. */
    public UnnamedMarks lastUnnamed() {
        return lastUnnamed;
    }

    /** The box of the scale bar the last frame drew, with its label, or empty when no place had room for it. */
    public Optional<Rect> lastScaleBar() {
        return Optional.ofNullable(lastScaleBar);
    }

    /** The boxes of the size key and of its note under it that the last frame drew; none when it had no key. */
    public List<Rect> lastSizeKey() {
        return lastSizeKey;
    }

    private MapLabels.Measure measure(Painter painter) {
        return new MapLabels.Measure() {
            @Override
            public double width(FontSpec font, String text) {
                return metrics.width(painter, font, text);
            }

            @Override
            public double ascent(FontSpec font) {
                painter.setFont(font);
                return painter.ascent();
            }
        };
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
