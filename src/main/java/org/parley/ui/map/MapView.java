package org.parley.ui.map;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.parley.layout.ArrowNavigation;
import org.parley.layout.map.LambertAzimuthalEqualArea;
import org.parley.layout.map.LonLatBox;
import org.parley.layout.map.MapPoint;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.OffscreenPlace;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.layout.map.ScreenPoint;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.Place;
import org.parley.render.FontSpec;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;
import org.parley.render.map.MapData;
import org.parley.render.map.MapLabel;
import org.parley.render.map.MapPainter;
import org.parley.render.map.MapScene;
import org.parley.render.map.MapSceneBuilder;
import org.parley.render.map.ClusterText;
import org.parley.render.map.MarkerCluster;
import org.parley.render.map.MarkerClusters;
import org.parley.render.map.MarkerHitTest;
import org.parley.render.map.PlaceMarker;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.HideWithWindow;
import org.parley.ui.support.LatestResult;

import org.parley.ui.canvas.CoalescedRepaint;
import org.parley.ui.canvas.FocusRing;
import org.parley.ui.canvas.FxPainter;
import org.parley.ui.filter.NothingShared;
import org.parley.ui.state.ExplorerState;

/**
 * The map panel: a canvas that shows the {@link ExplorerState} on the Europe basemap and changes
 * only that state. Changes are coalesced: listeners mark the frame stale and the next pulse paints
 * once, however many properties changed in between.
 *
 * <p>Wheel zooms about the pointer, drag pans, {@code +}/{@code −} zoom, {@code 0} returns to
 * Europe, arrow keys walk from place to place and Enter selects, Shift+arrows pan. Click a place
 * (or the arrow of one beyond the border) to select it, click the sea to clear; double-click or
 * the context menu filters by a place.
 *
 * <p>Counts per place and the route are computed on the background thread once per dataset or
 * filter; a pan or zoom frame only places the cached places and paints.
 */
public final class MapView extends Region {

    public static final String DEFAULT_STYLE_CLASS = "map-view";

    // Closer than a city block or wider than a hemisphere shows nothing useful from this basemap.
    static final double MIN_METRES_PER_PIXEL = 100;
    static final double MAX_METRES_PER_PIXEL = 40_000;
    private static final double KEY_ZOOM = 1.5;
    private static final double KEY_PAN_PX = 80;
    private static final double DRAG_THRESHOLD_PX = 3;
    // Keep a followed place this far from the border, so its marker and label are not cut.
    private static final double FOLLOW_MARGIN_PX = 60;
    private static final double ARROW_HIT_PX = 14;
    private static final double BASE_MARGIN_PX = 256;
    private static final double NOTE_MARGIN_PX = 10;

    private final ExplorerState state;
    private final ProjectedBasemap basemap;
    private final Canvas baseCanvas = new Canvas();
    private final Canvas canvas = new Canvas();
    private final Rectangle clip = new Rectangle();
    private final MapPainter painter = new MapPainter();
    private final ReadOnlyObjectWrapper<MapViewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport");
    private final Tooltip tooltip = new Tooltip();
    private final HideWithWindow tooltipLeaving = new HideWithWindow(tooltip);
    private final ContextMenu menu = new ContextMenu();
    private final LatestResult<MapData> aggregates;
    private final CoalescedRepaint repaint = new CoalescedRepaint(this::paint);
    /** Who of the actors filtered all together shares nothing, with the link to match any of them. */
    private final VBox nothingShared;

    private MapData data;
    private boolean computing;
    private MapScene scene;
    /** Where the link chosen in the actor network met (see {@link #relink}); null when no link is chosen. */
    private Set<String> linkPlaces;
    private final LatestResult<Set<String>> linkPlacesFinder;
    private String cursor;
    private MapViewport baseViewport;
    private String baseKey;
    private Glide glide;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;
    private String hovered;

    /**
     * Starts decoding the bundled basemap on a background thread, so that by the time the window
     * builds its map the work is done or under way beside the rest of start-up.
     */
    public static void preloadBasemap() {
        BackgroundThread.compute().submit(ProjectedBasemap::europe);
    }

    /** A map view on the bundled Europe basemap (decoded on first use, then shared). */
    public MapView(ExplorerState state) {
        this(state, ProjectedBasemap.europe(), BackgroundThread.compute());
    }

    public MapView(ExplorerState state, ProjectedBasemap basemap) {
        this(state, basemap, BackgroundThread.compute());
    }

    /** @param worker where the aggregates (counts per place, route) are computed, off the JavaFX thread */
    public MapView(ExplorerState state, ProjectedBasemap basemap, BackgroundThread worker) {
        this.state = state;
        this.basemap = basemap;
        this.aggregates = new LatestResult<>(worker, done -> {
            computing = false;
            data = done;
            invalidate();
        });
        this.linkPlacesFinder = new LatestResult<>(worker, done -> {
            linkPlaces = done;
            invalidate();
        });
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleRoleDescription("Map");
        // Laid over the canvas, as on the actor network: drawn on the canvas the note had no link to click.
        nothingShared = NothingShared.notice(state, "map-nothing-shared");
        nothingShared.getStyleClass().add("map-note");
        nothingShared.visibleProperty().addListener(o -> {
            requestLayout();
            invalidate();
        });
        getChildren().addAll(baseCanvas, canvas, nothingShared);
        baseCanvas.setManaged(false);
        canvas.setManaged(false);
        setClip(clip);   // the basemap image is larger than the panel
        // Hidden for any reason (the window moved, a dialog opened): the pointer on the same place shows it again.
        tooltip.setOnHidden(e -> hovered = null);

        state.datasetProperty().addListener(o -> recompute());
        state.visibleEventsProperty().addListener(o -> recompute());
        InvalidationListener stale = o -> invalidate();
        state.selectedActorProperty().addListener(o -> relink());
        state.selectedPartnerProperty().addListener(o -> relink());
        state.visibleEventsProperty().addListener(o -> relink());
        state.darkProperty().addListener(stale);
        // The note on an empty map names the actors who share nothing (NothingShared): redrawn as the filter changes.
        state.filterProperty().addListener(stale);
        state.keptMatchingAnyActorProperty().addListener(stale);
        focusedProperty().addListener(stale);
        state.selectedEventProperty().addListener(o -> {
            invalidate();
            state.selectedEvent().flatMap(e -> place(e.place())).ifPresent(this::follow);
        });
        state.selectedPlaceProperty().addListener(o -> {
            invalidate();
            place(state.selectedPlaceProperty().get()).ifPresent(this::follow);
        });
        viewport.addListener(o -> invalidate());

        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null, e));
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::onContextMenu);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        recompute();
    }

    /** What part of the map is shown; null until the view has a size. */
    public ReadOnlyObjectProperty<MapViewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public MapViewport getViewport() {
        return viewport.get();
    }

    /** Zooms by {@code factor} (above 1 zooms in) about the pixel (x, y), within the allowed range. */
    public void zoom(double factor, double x, double y) {
        MapViewport v = viewport.get();
        if (v == null) {
            return;
        }
        double target = clamp(v.metresPerPixel() / factor, MIN_METRES_PER_PIXEL, MAX_METRES_PER_PIXEL);
        glide = null;
        viewport.set(v.zoom(v.metresPerPixel() / target, x, y));
    }

    public void pan(double dx, double dy) {
        MapViewport v = viewport.get();
        if (v != null) {
            glide = null;
            viewport.set(v.pan(dx, dy));
        }
    }

    /** Back to the whole of Europe. */
    public void resetView() {
        if (getWidth() > 0 && getHeight() > 0) {
            glide = null;
            viewport.set(europe(getWidth(), getHeight()));
        }
    }

    /** The frame as last laid out (rebuilt if stale): what an exporter needs to reproduce the screen. */
    public Optional<MapScene> currentScene() {
        return Optional.ofNullable(scene());
    }

    private static MapViewport europe(double width, double height) {
        return MapViewport.fit(LambertAzimuthalEqualArea.ETRS89_LAEA,
                LonLatBox.EUROPE.projectedBounds(LambertAzimuthalEqualArea.ETRS89_LAEA), width, height);
    }

    private void invalidate() {
        scene = null;
        updateAccessibleText();
        repaint.invalidate();
    }

    /**
     * Counts per place, the route and each actor's places, computed on the background thread once
     * per dataset or filter; only the latest request is kept. Pans and zooms never come here.
     */
    private void recompute() {
        Dataset ds = state.dataset();
        List<Event> events = state.visibleEventsProperty().get();
        if (ds == null) {
            aggregates.discard();
            data = null;
            computing = false;
            invalidate();
            return;
        }
        computing = true;
        aggregates.request(() -> MapData.ofFilter(ds, events));
    }

    /**
     * Finds where a link chosen in the actor network met: the venues of the visible events its two
     * actors share ({@link ExplorerState#sharedBy}), the events the timeline rings. The first actor's
     * places alone would ring Moscow for the US and NATO. Over {@link ExplorerState#FILTER_AT_ONCE_LIMIT}
     * events it is looked for on the background thread, as the timeline's rings are.
     */
    private void relink() {
        Dataset ds = state.dataset();
        String actor = state.selectedActorProperty().get();
        String partner = state.selectedPartnerProperty().get();
        List<Event> events = state.visibleEventsProperty().get();
        if (ds == null || actor == null || partner == null) {
            linkPlacesFinder.discard();
            linkPlaces = null;
        } else if (events.size() <= ExplorerState.FILTER_AT_ONCE_LIMIT) {
            linkPlacesFinder.discard();
            linkPlaces = venuesShared(ds, events, actor, partner);
        } else {
            linkPlaces = Set.of();   // nothing ringed for a moment rather than the wrong places
            linkPlacesFinder.request(() -> venuesShared(ds, events, actor, partner));
        }
        invalidate();
    }

    private static Set<String> venuesShared(Dataset ds, List<Event> events, String actor, String partner) {
        var shared = ExplorerState.sharedBy(ds, actor, partner);
        Set<String> venues = new HashSet<>();
        for (Event e : events) {
            if (!e.place().isEmpty() && shared.test(e)) {
                venues.add(e.place());
            }
        }
        return venues;
    }

    /** True while the aggregates of the latest dataset or filter are being computed. */
    public boolean isComputing() {
        return computing;
    }

    /** Paints now rather than on the next pulse (tests, snapshots). */
    public void paintNow() {
        repaint.invalidate();
        repaint.flush();
    }

    /** Where the last frame drew the route's badges, in route order (for tests). */
    List<ScreenPoint> drawnBadges() {
        return painter.lastBadges();
    }

    /** The labels drawn in the last frame (what a reader sees named). */
    public List<MapLabel> drawnLabels() {
        return painter.lastLabels();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        clip.setWidth(w);
        clip.setHeight(h);
        placeNothingShared(w, h);
        if (w <= 0 || h <= 0) {
            return;
        }
        MapViewport v = viewport.get();
        if (v == null) {
            viewport.set(europe(w, h));
        } else if (v.width() != w || v.height() != h) {
            viewport.set(v.resize(w, h));
        }
    }

    /**
     * Along the top, centred and no wider than its words or the pane less a margin, where the painted note
     * stood: the middle hid Brussels and the route's arrows.
     */
    private void placeNothingShared(double w, double h) {
        double width = Math.max(0, Math.min(w - 2 * NOTE_MARGIN_PX, nothingShared.prefWidth(-1)));
        double height = Math.min(Math.max(0, h - NOTE_MARGIN_PX), nothingShared.prefHeight(width));
        nothingShared.resizeRelocate(Math.floor((w - width) / 2), NOTE_MARGIN_PX, width, height);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 560;
    }

    private void paint() {
        if (glide != null && viewport.get() != null) {
            long now = System.nanoTime();
            Glide g = glide;
            MapViewport next = g.finished(now) ? g.end(viewport.get()) : g.step(viewport.get(), now);
            glide = g.finished(now) ? null : g;
            viewport.set(next);   // invalidates: the next pulse paints the next step
        }
        Theme theme = state.darkProperty().get() ? Theme.DARK : Theme.LIGHT;
        FxPainter fx = new FxPainter(canvas.getGraphicsContext2D());
        MapScene frame = scene();
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (frame == null) {
            // No dataset yet: an empty sea rather than whatever the canvas last showed.
            baseViewport = null;
            fx.setFill(theme.sea());
            fx.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        } else {
            placeBase(frame, theme);
            painter.paintOverlay(fx, frame, theme);
            paintCursor(fx, frame, theme);
            paintEmptyNote(fx, theme);
        }
        if (isFocused()) {
            FocusRing.paint(fx, canvas.getWidth(), canvas.getHeight(), theme);
        }
    }

    /**
     * The basemap is drawn into its own canvas, {@value #BASE_MARGIN_PX} px larger than the panel on
     * every side, and a pan only moves that canvas: its thousands of border vertices are painted
     * again only after a zoom, a change of theme or shading, or a pan past the margin.
     */
    private void placeBase(MapScene frame, Theme theme) {
        MapViewport v = frame.viewport();
        String key = theme.name() + frame.shadedCountries();
        MapViewport b = baseViewport;
        boolean stale = b == null || b.metresPerPixel() != v.metresPerPixel() || !key.equals(baseKey)
                || b.width() != v.width() + 2 * BASE_MARGIN_PX || b.height() != v.height() + 2 * BASE_MARGIN_PX
                || Math.abs(v.centerX() - b.centerX()) / v.metresPerPixel() > BASE_MARGIN_PX
                || Math.abs(v.centerY() - b.centerY()) / v.metresPerPixel() > BASE_MARGIN_PX;
        if (stale) {
            b = new MapViewport(v.projection(), v.centerX(), v.centerY(), v.metresPerPixel(),
                    v.width() + 2 * BASE_MARGIN_PX, v.height() + 2 * BASE_MARGIN_PX);
            MapScene base = new MapSceneBuilder(basemap, b, data.dataset()).data(data)
                    .selectedEvent(state.selectedEventProperty().get()).build();
            baseCanvas.setWidth(b.width());
            baseCanvas.setHeight(b.height());
            painter.paintBase(new FxPainter(baseCanvas.getGraphicsContext2D()), base, theme);
            baseViewport = b;
            baseKey = key;
        }
        baseCanvas.relocate((b.centerX() - v.centerX()) / v.metresPerPixel() + (v.width() - b.width()) / 2,
                (v.centerY() - b.centerY()) / v.metresPerPixel() + (v.height() - b.height()) / 2);
    }

    /**
     * What the map says when the filters keep no event: the timeline, the event table and the network
     * say "No events match the filters.", and the map had shown only its route, as though the places
     * had no events. The basemap stays, so the user keeps their bearings (the route goes with the events it
     * joins); the note sits along the top.
     */
    String emptyMessage() {
        Dataset ds = state.dataset();
        if (ds == null) {
            return null;
        }
        int shown = state.visibleEventsProperty().get().size();
        if (shown > 0) {
            return unplacedMessage();
        }
        return ds.events().isEmpty() ? "The dataset has no events."
                : NothingShared.note(state).orElse("No events match the filters.");
    }

    /**
     * Events kept, none with a place the map draws (NATO's expansions are about "post-Soviet space"): the map had
     * looked as though the filter left nothing on it to see, with nothing to say why.
     */
    private String unplacedMessage() {
        MapData aggregates = data;
        if (computing || aggregates == null || aggregates.placedEvents() > 0) {
            return null;
        }
        return aggregates.unplacedNote().orElse(null);
    }

    private void paintEmptyNote(FxPainter fx, Theme theme) {
        String text = emptyMessage();
        if (text == null || nothingShared.isVisible()) {
            return;
        }
        fx.save();
        fx.setFont(FontSpec.sans(13));
        double room = Math.max(40, canvas.getWidth() - 40);
        // Two sentences (who shares nothing; what "Match any" shows) go on two lines rather than lose the second.
        int cut = text.indexOf(". ");
        List<String> lines = fx.textWidth(text) <= room || cut < 0 ? List.of(fx.fitted(text, room))
                : List.of(fx.fitted(text.substring(0, cut + 1), room), fx.fitted(text.substring(cut + 2), room));
        double w = lines.stream().mapToDouble(fx::textWidth).max().orElse(0) + 24;
        double h = 12 + 18 * lines.size();
        double x = (canvas.getWidth() - w) / 2;
        // Along the top, where the events' key stood: the middle hid Brussels and the route's arrows.
        double y = 10;
        fx.setFill(theme.panel());
        fx.fillRoundRect(x, y, w, h, 8);
        fx.setStroke(theme.border());
        fx.strokeRoundRect(x, y, w, h, 8);
        fx.setFill(theme.mutedText());
        for (int i = 0; i < lines.size(); i++) {
            fx.fillText(lines.get(i), canvas.getWidth() / 2, y + 6 + 18 * i + 9 + fx.ascent() / 2 - 1,
                    TextAnchor.MIDDLE);
        }
        fx.restore();
    }

    /** The keyboard cursor: a dashed ring round the place the arrow keys reached. */
    private void paintCursor(FxPainter fx, MapScene frame, Theme theme) {
        if (cursor == null) {
            return;
        }
        frame.everyMarker().stream().filter(m -> m.place().id().equals(cursor)).findFirst().ifPresent(m -> {
            double r = m.radius() + 8;
            fx.save();
            fx.setStroke(theme.text());
            fx.setLineWidth(1.5);
            fx.setLineDash(3, 2);
            fx.strokeOval(m.position().x() - r, m.position().y() - r, 2 * r, 2 * r);
            fx.restore();
        });
    }

    private MapScene scene() {
        MapViewport v = viewport.get();
        MapData aggregates = data;
        if (v == null || aggregates == null) {
            return null;
        }
        if (scene == null || scene.viewport() != v) {
            // Built from the cached aggregates: a pan or zoom frame never looks at an event.
            scene = new MapSceneBuilder(basemap, v, aggregates.dataset())
                    .data(aggregates)
                    .selectedEvent(state.selectedEventProperty().get())
                    .selectedPlace(state.selectedPlaceProperty().get())
                    .selectedActor(state.selectedActorProperty().get())
                    .highlightedPlaces(linkPlaces)
                    .sizeKey(true)
                    // Zoomed in all the way, nothing more would draw a group apart: every place is its own.
                    .groupCrowds(v.metresPerPixel() > MIN_METRES_PER_PIXEL * 1.01)
                    .build();
        }
        return scene;
    }

    private Optional<Place> place(String id) {
        Dataset ds = state.dataset();
        return ds == null || id == null || id.isEmpty() ? Optional.empty() : ds.place(id);
    }

    /** Pans so the place is comfortably inside the panel; does nothing if it already is. */
    private void follow(Place place) {
        MapViewport v = viewport.get();
        if (v == null) {
            return;
        }
        ScreenPoint p = v.project(place.lon(), place.lat());
        double margin = Math.min(FOLLOW_MARGIN_PX, Math.min(v.width(), v.height()) / 4);
        if (p.x() >= margin && p.x() <= v.width() - margin && p.y() >= margin && p.y() <= v.height() - margin) {
            return;
        }
        // Places half a world away (Washington) stay an edge arrow: travelling there would lose Europe.
        if (!v.contains(place.lon(), place.lat()) && farOutside(v, p.x(), p.y())) {
            return;
        }
        MapPoint target = basemap.projection().forward(place.lon(), place.lat());
        glide = new Glide(v, target.x(), target.y());
    }

    private static boolean farOutside(MapViewport v, double x, double y) {
        return x < -2 * v.width() || x > 3 * v.width() || y < -2 * v.height() || y > 3 * v.height();
    }

    /** A place the pointer is on: a marker, or the arrow of a place beyond the border. */
    private record Hit(Place place, int events) {
    }

    private Optional<Hit> hitAt(double x, double y) {
        MapScene frame = scene();
        if (frame == null) {
            return Optional.empty();
        }
        Optional<PlaceMarker> marker = MarkerHitTest.badgeAt(painter.lastBadges(), frame.route(), frame.markers(), x, y)
                .or(() -> MarkerHitTest.at(frame.markers(), x, y));
        if (marker.isPresent()) {
            return Optional.of(new Hit(marker.get().place(), marker.get().events()));
        }
        for (OffscreenPlace o : frame.offscreen()) {
            ScreenPoint p = o.marker().position();
            if (Math.hypot(p.x() - x, p.y() - y) <= ARROW_HIT_PX) {
                return Optional.of(new Hit(o.place(), data == null ? 0 : data.events(o.place().id())));
            }
        }
        return Optional.empty();
    }

    /** What filtering by the place would keep, as far as the aggregates of the shown frame know. */
    private int around(String placeId, int events) {
        MapData aggregates = data;
        return aggregates == null ? events : aggregates.eventsAround(placeId);
    }

    /**
     * "Brussels — 18 events here, 27 with the places within it": the marker counts its own, a
     * double-click filters by the place with what lies within it, and the two numbers had disagreed unsaid.
     */
    private static String describe(Place place, int events, int around) {
        String own = place.name() + " — " + events + (events == 1 ? " event" : " events");
        return around > events ? own + " here, " + around + " with the places within it" : own;
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            // One wheel notch (40 px on most platforms) zooms by about 1.4×.
            zoom(Math.pow(2, e.getDeltaY() / 80), e.getX(), e.getY());
        }
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        // Past here the tab pane around the map takes the focus for its header on every press.
        e.consume();
        menu.hide();
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        dragging = false;
    }

    private void onDragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) > DRAG_THRESHOLD_PX) {
            dragging = true;
            setCursor(Cursor.MOVE);
            tooltip.hide();
        }
        if (dragging) {
            pan(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        }
    }

    private void onReleased(MouseEvent e) {
        if (dragging) {
            setCursor(Cursor.DEFAULT);
        }
    }

    private void onClicked(MouseEvent e) {
        // What the tooltip counted may no longer hold once the click selects or filters: it goes,
        // and the next move over a marker shows it anew.
        tooltip.hide();
        hovered = null;
        if (dragging || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Optional<Hit> hit = hitAt(e.getX(), e.getY());
        Optional<MarkerCluster> group = hit.isPresent() ? Optional.empty() : clusterAt(e.getX(), e.getY());
        if (e.getClickCount() == 2 && hit.isPresent()) {
            filterBy(hit.get().place().id());
        } else if (hit.isPresent()) {
            state.choosePlace(hit.get().place().id());
        } else if (group.isPresent()) {
            zoomInto(group.get());
        } else if (isSea(e.getX(), e.getY())) {
            state.selectedPlaceProperty().set(null);
        }
    }

    private boolean isSea(double x, double y) {
        MapViewport v = viewport.get();
        if (v == null) {
            return false;
        }
        MapPoint p = v.toMap(x, y);
        return basemap.countryAtProjected(p.x(), p.y()).isEmpty();
    }

    private void filterBy(String placeId) {
        EventFilter filter = state.filterProperty().get();
        Set<String> places = new HashSet<>(filter.places());
        places.add(placeId);
        state.filterProperty().set(filter.withPlaces(places));
    }

    private void unfilter(String placeId) {
        EventFilter filter = state.filterProperty().get();
        Set<String> places = new HashSet<>(filter.places());
        places.remove(placeId);
        state.filterProperty().set(filter.withPlaces(places));
    }

    private void onMoved(MouseEvent e) {
        if (hovered == null && tooltip.isShowing()) {
            // The name of a place the arrow keys reached: the pointer takes over, and it names what lies under it.
            tooltip.hide();
        }
        Hit hit = hitAt(e.getX(), e.getY()).orElse(null);
        Optional<MarkerCluster> group = hit == null ? clusterAt(e.getX(), e.getY()) : Optional.empty();
        if (group.isPresent()) {
            hoverGroup(group.get(), e);
        } else {
            hover(hit, e);
        }
    }

    /** The group of places under (x, y), if no single marker is on top of it there. */
    private Optional<MarkerCluster> clusterAt(double x, double y) {
        MapScene frame = scene();
        return frame == null ? Optional.empty() : MarkerHitTest.clusterAt(frame.clusters(), x, y);
    }

    /**
     * Zooms in about a group until its two closest places stand apart, or, where that would take the
     * others off the panel, until the group spreads over a third of the panel's shorter side (a further
     * click goes on); at least twice, at most as far as the map zooms.
     */
    private void zoomInto(MarkerCluster group) {
        double room = Math.min(getWidth(), getHeight()) / 3;
        double apart = 1.25 * MarkerClusters.JOIN_PX / Math.max(0.01, group.closestPair());
        double factor = Math.max(2, Math.min(apart, room / Math.max(1, group.spread())));
        zoom(factor, group.position().x(), group.position().y());
    }

    private void hoverGroup(MarkerCluster group, MouseEvent e) {
        point("group of " + group.members().get(0).place().id(), () -> ClusterText.describe(group), e);
    }

    private void hover(Hit marker, MouseEvent e) {
        point(marker == null ? null : marker.place().id(),
                () -> describe(marker.place(), marker.events(), around(marker.place().id(), marker.events())), e);
    }

    /** The pointer is now on {@code id} (a place, a group, or nothing when null): the cursor and tooltip say so. */
    private void point(String id, Supplier<String> tip, MouseEvent e) {
        if (Objects.equals(id, hovered)) {
            return;
        }
        hovered = id;
        setCursor(id == null ? Cursor.DEFAULT : Cursor.HAND);
        if (id == null) {
            tooltip.hide();
            return;
        }
        tooltip.setText(tip.get());
        if (getScene() != null && getScene().getWindow() != null) {
            tooltip.show(this, e.getScreenX() + 12, e.getScreenY() + 16);
            tooltipLeaving.watch(this);
        }
    }

    private void onContextMenu(ContextMenuEvent e) {
        // From the menu key: the place the arrow keys reached, else the selected one, not what lies under a corner of the map.
        Optional<PlaceMarker> keyed = e.isKeyboardTrigger() ? keyboardMarker() : Optional.empty();
        Optional<Hit> hit = e.isKeyboardTrigger() ? keyed.map(m -> new Hit(m.place(), m.events())) : hitAt(e.getX(), e.getY());
        if (hit.isEmpty()) {
            return;
        }
        Place place = hit.get().place();
        MenuItem select = new MenuItem("Select " + place.name());
        select.setOnAction(a -> state.choosePlace(place.id()));
        boolean filtered = state.filterProperty().get().places().contains(place.id());
        MenuItem filter = new MenuItem(filtered ? "Remove this place from the filter" : "Filter by this place");
        filter.setOnAction(a -> {
            if (filtered) {
                unfilter(place.id());
            } else {
                filterBy(place.id());
            }
        });
        menu.getItems().setAll(select, filter);
        tooltip.hide();
        Point2D at = keyed.map(m -> localToScreen(m.position().x(), m.position().y())).orElse(null);
        menu.show(this, at != null ? at.getX() : e.getScreenX(), at != null ? at.getY() : e.getScreenY());
        e.consume();
    }

    /** The marker of the place under the keyboard cursor, else of the selected place, if it is drawn. */
    private Optional<PlaceMarker> keyboardMarker() {
        MapScene frame = scene();
        String id = cursor != null ? cursor : state.selectedPlaceProperty().get();
        return frame == null || id == null ? Optional.empty()
                : frame.everyMarker().stream().filter(m -> m.place().id().equals(id)).findFirst();
    }

    /**
     * Arrow keys walk from place to place (the timeline's convention: plain arrows step, Shift
     * pans), Enter or Space selects the place reached, Escape clears; + − 0 zoom and reset.
     */
    private void onKey(KeyEvent e) {
        double cx = getWidth() / 2;
        double cy = getHeight() / 2;
        ArrowNavigation.Direction direction = switch (e.getCode()) {
            case LEFT, KP_LEFT -> ArrowNavigation.Direction.LEFT;
            case RIGHT, KP_RIGHT -> ArrowNavigation.Direction.RIGHT;
            case UP, KP_UP -> ArrowNavigation.Direction.UP;
            case DOWN, KP_DOWN -> ArrowNavigation.Direction.DOWN;
            default -> null;
        };
        // Alt+arrow is the window's previous/next event: consumed here, its accelerator never ran.
        if (direction != null && !e.isAltDown()) {
            if (e.isShiftDown()) {
                switch (direction) {
                    case LEFT -> pan(KEY_PAN_PX, 0);
                    case RIGHT -> pan(-KEY_PAN_PX, 0);
                    case UP -> pan(0, KEY_PAN_PX);
                    case DOWN -> pan(0, -KEY_PAN_PX);
                }
            } else {
                walk(direction);
            }
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoom(KEY_ZOOM, cx, cy);
            case MINUS, SUBTRACT -> zoom(1 / KEY_ZOOM, cx, cy);
            case DIGIT0, NUMPAD0 -> resetView();
            case ENTER, SPACE -> {
                String target = cursor != null ? cursor : state.selectedPlaceProperty().get();
                if (target == null) {
                    return;
                }
                state.choosePlace(target);
            }
            case ESCAPE -> {
                if (cursor == null && state.selectedPlaceProperty().get() == null) {
                    return;
                }
                cursor = null;
                state.selectedPlaceProperty().set(null);
                invalidate();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Moves the keyboard cursor to the next marker in the arrow's direction and names it. */
    private void walk(ArrowNavigation.Direction direction) {
        MapScene frame = scene();
        if (frame == null || frame.everyMarker().isEmpty()) {
            return;
        }
        // Places inside a group too: a keyboard user reaches each, and Enter draws it apart as selected.
        List<PlaceMarker> markers = frame.everyMarker();
        double[] xs = new double[markers.size()];
        double[] ys = new double[markers.size()];
        int from = -1;
        String current = cursor != null ? cursor : frame.selectedPlace();
        for (int i = 0; i < markers.size(); i++) {
            xs[i] = markers.get(i).position().x();
            ys[i] = markers.get(i).position().y();
            if (markers.get(i).place().id().equals(current)) {
                from = i;
            }
        }
        int next = ArrowNavigation.next(xs, ys, from, direction);
        if (next < 0) {
            return;
        }
        PlaceMarker m = markers.get(next);
        cursor = m.place().id();
        invalidate();
        if (getScene() != null && getScene().getWindow() != null) {
            tooltip.setText(describe(m.place(), m.events(), around(m.place().id(), m.events())));
            Point2D at = localToScreen(m.position().x() + m.radius() + 6, m.position().y() + 6);
            if (at != null) {
                tooltip.show(this, at.getX(), at.getY());
                tooltipLeaving.watch(this);
            }
        }
    }

    /** The keyboard cursor, if the arrow keys have moved it; for tests. */
    String keyboardCursor() {
        return cursor;
    }

    /** What a screen reader says: the place under the keyboard cursor, else the selected place or event's place. */
    private void updateAccessibleText() {
        MapData aggregates = data;
        String selected = state.selectedPlaceProperty().get();
        if (selected == null) {
            selected = state.selectedEvent().map(e -> e.place().isEmpty() ? null : e.place()).orElse(null);
        }
        String id = cursor != null ? cursor : selected;
        Optional<Place> place = place(id);
        String empty = emptyMessage();
        if (empty != null) {
            setAccessibleText("Map of Europe: " + empty);
            return;
        }
        // Read out as the note under the size key is seen: some events shown are not on the map.
        String unplaced = aggregates == null ? "" : aggregates.unplacedNote().map(note -> " " + note).orElse("");
        if (place.isEmpty() || aggregates == null) {
            setAccessibleText("Map of Europe, no place selected." + unplaced);
            return;
        }
        String text = describe(place.get(), aggregates.events(id), aggregates.eventsAround(id));
        setAccessibleText((id.equals(selected) ? "Selected: " + text : text) + unplaced);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
