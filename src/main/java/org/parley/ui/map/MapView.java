package org.parley.ui.map;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
import org.parley.layout.map.LambertAzimuthalEqualArea;
import org.parley.layout.map.LonLatBox;
import org.parley.layout.map.MapPoint;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.layout.map.ScreenPoint;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.Place;
import org.parley.render.Theme;
import org.parley.render.map.MapPainter;
import org.parley.render.map.MapScene;
import org.parley.render.map.MapSceneBuilder;
import org.parley.render.map.MarkerHitTest;
import org.parley.render.map.PlaceMarker;
import org.parley.ui.canvas.FxPainter;
import org.parley.ui.state.ExplorerState;

/**
 * The map panel: a canvas that shows the {@link ExplorerState} on the Europe basemap and changes
 * only that state. Changes are coalesced: listeners mark the frame stale and the next pulse paints
 * once, however many properties changed in between.
 *
 * <p>Wheel zooms about the pointer, drag pans, {@code +}/{@code −} zoom, {@code 0} returns to
 * Europe, arrow keys pan. Click a place to select it, click the sea to clear; double-click or the
 * context menu filters by a place.
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

    private final ExplorerState state;
    private final ProjectedBasemap basemap;
    private final Canvas canvas = new Canvas();
    private final MapPainter painter = new MapPainter();
    private final ReadOnlyObjectWrapper<MapViewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport");
    private final Tooltip tooltip = new Tooltip();
    private final ContextMenu menu = new ContextMenu();
    private final AnimationTimer pulse;

    private MapScene scene;
    private boolean dirty = true;
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
        Thread t = new Thread(ProjectedBasemap::europe, "parley-basemap");
        t.setDaemon(true);
        t.start();
    }

    /** A map view on the bundled Europe basemap (decoded on first use, then shared). */
    public MapView(ExplorerState state) {
        this(state, ProjectedBasemap.europe());
    }

    public MapView(ExplorerState state, ProjectedBasemap basemap) {
        this.state = state;
        this.basemap = basemap;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        getChildren().add(canvas);
        canvas.setManaged(false);

        InvalidationListener stale = o -> invalidate();
        state.datasetProperty().addListener(stale);
        state.selectedActorProperty().addListener(stale);
        state.filterProperty().addListener(stale);
        state.visibleEventsProperty().addListener(stale);
        state.darkProperty().addListener(stale);
        state.selectedEventProperty().addListener(o -> {
            invalidate();
            state.selectedEvent().flatMap(e -> place(e.place())).ifPresent(this::follow);
        });
        state.selectedPlaceProperty().addListener(o -> {
            invalidate();
            place(state.selectedPlaceProperty().get()).ifPresent(this::follow);
        });
        viewport.addListener(o -> invalidate());

        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onPulse(now);
            }
        };
        sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                pulse.stop();
            } else {
                pulse.start();
            }
        });

        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null, e));
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::onContextMenu);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
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
        dirty = true;
        scene = null;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
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

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 560;
    }

    private void onPulse(long now) {
        if (glide != null && viewport.get() != null) {
            Glide g = glide;
            MapViewport next = g.finished(now) ? g.end(viewport.get()) : g.step(viewport.get(), now);
            viewport.set(next);
            glide = g.finished(now) ? null : g;
        }
        if (dirty) {
            paint();
        }
    }

    private void paint() {
        dirty = false;
        Theme theme = state.darkProperty().get() ? Theme.DARK : Theme.LIGHT;
        FxPainter fx = new FxPainter(canvas.getGraphicsContext2D());
        MapScene frame = scene();
        if (frame == null) {
            // No dataset yet: an empty sea rather than whatever the canvas last showed.
            fx.setFill(theme.sea());
            fx.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        painter.paint(fx, frame, theme);
    }

    private MapScene scene() {
        MapViewport v = viewport.get();
        Dataset ds = state.dataset();
        if (v == null || ds == null) {
            return null;
        }
        if (scene == null || scene.viewport() != v) {
            scene = new MapSceneBuilder(basemap, v, ds)
                    .visibleEvents(state.visibleEventsProperty().get())
                    .selectedEvent(state.selectedEventProperty().get())
                    .selectedPlace(state.selectedPlaceProperty().get())
                    .selectedActor(state.selectedActorProperty().get())
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

    private Optional<PlaceMarker> markerAt(double x, double y) {
        MapScene frame = scene();
        return frame == null ? Optional.empty() : MarkerHitTest.at(frame.markers(), x, y);
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
        if (dragging || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Optional<PlaceMarker> hit = markerAt(e.getX(), e.getY());
        if (e.getClickCount() == 2 && hit.isPresent()) {
            filterBy(hit.get().place().id());
        } else if (hit.isPresent()) {
            state.selectedPlaceProperty().set(hit.get().place().id());
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
        hover(markerAt(e.getX(), e.getY()).orElse(null), e);
    }

    private void hover(PlaceMarker marker, MouseEvent e) {
        String id = marker == null ? null : marker.place().id();
        if (Objects.equals(id, hovered)) {
            return;
        }
        hovered = id;
        setCursor(marker == null ? Cursor.DEFAULT : Cursor.HAND);
        if (marker == null) {
            tooltip.hide();
            return;
        }
        int n = marker.events();
        tooltip.setText(marker.place().name() + " — " + n + (n == 1 ? " event" : " events"));
        if (getScene() != null && getScene().getWindow() != null) {
            tooltip.show(this, e.getScreenX() + 12, e.getScreenY() + 16);
        }
    }

    private void onContextMenu(ContextMenuEvent e) {
        Optional<PlaceMarker> hit = markerAt(e.getX(), e.getY());
        if (hit.isEmpty()) {
            return;
        }
        Place place = hit.get().place();
        MenuItem select = new MenuItem("Select " + place.name());
        select.setOnAction(a -> state.selectedPlaceProperty().set(place.id()));
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
        menu.show(this, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private void onKey(KeyEvent e) {
        double cx = getWidth() / 2;
        double cy = getHeight() / 2;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoom(KEY_ZOOM, cx, cy);
            case MINUS, SUBTRACT -> zoom(1 / KEY_ZOOM, cx, cy);
            case DIGIT0, NUMPAD0 -> resetView();
            case LEFT -> pan(KEY_PAN_PX, 0);
            case RIGHT -> pan(-KEY_PAN_PX, 0);
            case UP -> pan(0, KEY_PAN_PX);
            case DOWN -> pan(0, -KEY_PAN_PX);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
