package org.parley.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.parley.layout.ItemBox;
import org.parley.layout.LaneMode;
import org.parley.layout.PlacedLabel;
import org.parley.layout.RowGeometry;
import org.parley.layout.TimeRange;
import org.parley.layout.TimeScale;
import org.parley.layout.TimelineLayout;
import org.parley.model.Dataset;
import org.parley.model.DatasetPreview;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.Precision;
import org.parley.render.timeline.TimelineMetrics;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.LatestResult;
import org.parley.ui.state.ExplorerState;

/**
 * The timeline panel: the visible events in lanes over time, with the context band of the
 * dataset's whole span and a legend strip below. It observes the {@link ExplorerState} and changes only it. The view's
 * time scale lives here rather than in the skin, so {@link #fitWeek()} and friends work before the
 * control is shown (they are applied once it has a size).
 */
public class TimelineView extends Control {

    public static final String DEFAULT_STYLE_CLASS = "timeline-view";
    public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    public static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    static final double ZOOM_STEP = 1.5;
    static final double REVEAL_MARGIN = 40;
    /** A selected day narrower than this is zoomed to, so its card can be read. */
    static final double MIN_READABLE_DAY_WIDTH = 60;
    static final double FRAME_PADDING = 48;

    private final ExplorerState state;
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.TRACK);
    private final BooleanProperty legendVisible = new SimpleBooleanProperty(this, "legendVisible", true);
    private final ReadOnlyObjectWrapper<TimeScale> scale = new ReadOnlyObjectWrapper<>(this, "scale");
    private final ReadOnlyObjectWrapper<Double> scrollY = new ReadOnlyObjectWrapper<>(this, "scrollY", 0.0);
    private final LayoutCache layouts = new LayoutCache();
    private final ReadOnlyObjectWrapper<TimelineLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final LatestResult<LayoutBuilt> layoutBuilder =
            new LatestResult<>(BackgroundThread.compute(), true, this::layoutBuilt);
    private LayoutKey requestedKey;
    private LayoutKey currentKey;
    /** A selection to bring into view once the layout that shows it has arrived. */
    private String pendingReveal;
    /** An event of the cluster just zoomed into, whose row is scrolled into view once laid out. */
    private String pendingClusterReveal;
    private final ReadOnlyObjectWrapper<Set<String>> highlighted = new ReadOnlyObjectWrapper<>(this, "highlighted",
            Set.of());
    private final LatestResult<Set<String>> highlighting =
            new LatestResult<>(BackgroundThread.compute(), highlighted::set);
    private double bodyHeight = 1;
    /** The preview drawn while the dataset is read, until the dataset arrives. */
    private DatasetPreview previewShown;
    /** The view before a time range from the Filters pane framed its days; shown again when the range is cleared. */
    private TimeScale beforeRange;
    private Dataset beforeRangeDataset;
    /** A filter changed: once its layout is in, a view left on none of its events goes to where they are. */
    private boolean frameAfterFilter;
    /** A fit asked for before the control had a width; applied on the first layout. */
    private Runnable pendingFit = this::fitWeek;

    public TimelineView(ExplorerState state) {
        this.state = Objects.requireNonNull(state, "state");
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleRoleDescription("Timeline");
        scale.set(TimeScale.fit(weekStart(), weekEnd(), 800, TimelineMetrics.FIT_PADDING));
        layout.set(TimelineLayout.of(List.of(), LaneMode.TRACK, axisZone()));
        // The focus is the dataset's own: a dataset arriving (or replaced) brings its week into view.
        state.datasetProperty().addListener((o, was, now) -> {
            // A large dataset's focus was drawn while the rest was read: the dataset keeps the view
            // the user has by now (zoomed, panned), since its focus is the preview's.
            boolean previewed = previewShown != null && now != null && was == null
                    && previewShown.focusWindow().focus().equals(now.focus())
                    && previewShown.focusWindow().zone().equals(now.zone());
            previewShown = null;
            // Reloaded after the database was changed outside this window: the user's view of it stays.
            if (now != null && !previewed && !state.isReloading()) {
                fitWeek();
            }
        });
        state.previewProperty().addListener((o, was, now) -> {
            if (now != null && state.dataset() == null) {
                previewShown = now;
                fitWeek();
            }
        });

        scale.addListener((o, was, now) -> {
            state.timeWindowProperty().set(new ExplorerState.TimeWindow(now.start(), now.end()));
            requestLayout(false);
        });
        state.selectedEventProperty().addListener((o, was, now) -> {
            reveal(now);
            updateAccessibleText();
        });
        // A time range chosen in the Filters pane is shown: typed as one day, the filter held that
        // day's events while the timeline stayed on the days before, showing none of them.
        state.filterProperty().addListener((o, was, now) -> {
            frameAfterFilter = true;
            boolean had = was != null && was.from() != null && was.to() != null;
            boolean has = now != null && now.from() != null && now.to() != null;
            if (has && (!had || !now.from().equals(was.from()) || !now.to().equals(was.to()))) {
                if (!had) {
                    beforeRange = getScale();
                    beforeRangeDataset = state.datasetProperty().get();
                }
                fit(now.from(), now.to());
            } else if (had && !has && beforeRange != null && beforeRangeDataset == state.datasetProperty().get()) {
                // Cleared, the range had left the view on its one day while every event was back:
                // the days shown before it framed its own come back.
                scale.set(beforeRange.withWidth(getScale().width()));
                beforeRange = null;
            }
        });
        for (Observable o : new Observable[] {state.datasetProperty(), state.previewProperty(),
                state.visibleEventsProperty(), laneMode, state.utcProperty()}) {
            o.addListener(x -> requestLayout(false));
        }
        state.selectedActorProperty().addListener(this::rehighlight);
        state.selectedPartnerProperty().addListener(this::rehighlight);
        state.selectedPlaceProperty().addListener(this::rehighlight);
        state.searchProperty().addListener(this::rehighlight);
        state.visibleEventsProperty().addListener(this::rehighlight);
        state.visibleEventsProperty().addListener(o -> pseudoClassStateChanged(EMPTY,
                state.visibleEventsProperty().get().isEmpty()));
        state.darkProperty().addListener((o, was, now) -> pseudoClassStateChanged(DARK, now));
        pseudoClassStateChanged(DARK, state.darkProperty().get());
        pseudoClassStateChanged(EMPTY, state.visibleEventsProperty().get().isEmpty());
        rehighlight(null);
        updateAccessibleText();
        requestLayout(false);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(TimelineView.class.getResource("timeline.css"), "timeline.css").toExternalForm();
    }

    public ExplorerState state() {
        return state;
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public LaneMode getLaneMode() {
        return laneMode.get();
    }

    public void setLaneMode(LaneMode mode) {
        laneMode.set(Objects.requireNonNull(mode, "mode"));
    }

    public BooleanProperty legendVisibleProperty() {
        return legendVisible;
    }

    /** Time ↔ x of the item area (x = 0 at the gutter's right edge). */
    public ReadOnlyObjectProperty<TimeScale> scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public TimeScale getScale() {
        return scale.get();
    }

    ReadOnlyObjectProperty<Double> scrollYProperty() {
        return scrollY.getReadOnlyProperty();
    }

    double scrollY() {
        return scrollY.get();
    }

    /**
     * Where an event's first box is drawn, in this control's coordinates, if it is in view: what a
     * keyboard user's context menu or a test's click needs.
     */
    public Optional<Point2D> pointOf(String eventId) {
        TimeScale scale = getScale();
        return timelineLayout().boxesOf(eventId, scale).stream()
                .filter(b -> b.x1() >= 0 && b.x0() <= scale.width())
                .findFirst()
                .map(b -> new Point2D(
                        TimelineMetrics.GUTTER + (Math.max(b.x0(), 0) + Math.min(b.x1(), scale.width())) / 2,
                        TimelineMetrics.AXIS_HEIGHT + (b.y0() + b.y1()) / 2 - scrollY()));
    }

    /** The calendar of the axis: UTC, or the dataset's own zone (Brussels for the bundled week). */
    public ZoneId axisZone() {
        return state.utcProperty().get() ? ZoneOffset.UTC : datasetZone();
    }

    private ZoneId datasetZone() {
        Dataset ds = shownData();
        return ds == null ? ZoneOffset.UTC : ds.zone();
    }

    /** The dataset, or while a large one is read, the part of it around its focus (null before either). */
    private Dataset shownData() {
        Dataset ds = state.dataset();
        DatasetPreview preview = state.previewProperty().get();
        return ds != null || preview == null ? ds : preview.focusWindow();
    }

    /** True while the timeline draws only a large dataset's focus, the rest still being read. */
    public boolean isPreview() {
        return state.dataset() == null && state.previewProperty().get() != null;
    }

    /** The dataset's focus period (the week of the talks for the bundled data); this week before data comes. */
    private DateRange focus() {
        Dataset ds = shownData();
        Optional<DateRange> focus = ds == null ? Optional.empty() : ds.focus();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return focus.orElse(new DateRange(today.minusDays(3), today.plusDays(3)));
    }

    /**
     * The layout drawn now. It is built on the compute thread whenever the events, lane mode, zone
     * or card size change, so right after such a change it may still be the previous one for a
     * frame or two; {@link #layoutProperty()} tells when the new one arrives.
     */
    public TimelineLayout timelineLayout() {
        return layout.get();
    }

    /**
     * The dataset the shown layout was built from. Until a new dataset's layout arrives from the
     * compute thread the previous one is still drawn, and its events are found only in its own data.
     */
    public Dataset layoutDataset() {
        return currentKey == null ? null : currentKey.dataset();
    }

    public ReadOnlyObjectProperty<TimelineLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** True once the layout drawn is the one for the current events, lane mode, zone and zoom. */
    public boolean isLayoutCurrent() {
        return desiredKey().equals(currentKey);
    }

    private LayoutKey desiredKey() {
        // Dated events sit in the axis's own day columns: "12 January" is the 12th whatever the venue's offset.
        double dayWidth = 86_400_000d / getScale().millisPerPixel();
        Dataset data = shownData();
        boolean preview = isPreview();
        List<Event> events = preview ? data.eventsInNarrativeOrder() : state.visibleEventsProperty().get();
        // A preview's rows are as tall as the whole dataset's will be, so nothing changes size when it arrives.
        int count = preview ? state.previewProperty().get().events() : events.size();
        return new LayoutKey(data, events, laneMode.get(), axisZone(), RowGeometry.forView(dayWidth, count));
    }

    private void requestLayout(boolean force) {
        LayoutKey key = desiredKey();
        if (!force && key.equals(requestedKey)) {
            return;
        }
        requestedKey = key;
        layoutBuilder.request(() -> new LayoutBuilt(key, layouts.get(key)));
    }

    private record LayoutBuilt(LayoutKey key, TimelineLayout layout) {
    }

    private void layoutBuilt(LayoutBuilt built) {
        // Other events (a filter changed, a lane mode): the rows reflow, and the selected event kept
        // its scroll position but not its row; after a filter it was somewhere far below the view.
        boolean otherEvents = currentKey == null || built.key().events() != currentKey.events()
                || built.key().mode() != currentKey.mode();
        currentKey = built.key();
        layout.set(built.layout());
        setScrollY(scrollY.get());
        String selected = state.selectedEventProperty().get();
        if (otherEvents && selected != null && pendingReveal == null && pendingFit == null) {
            revealVertically(selected);
        } else if (otherEvents && pendingReveal == null && pendingFit == null) {
            showRowsInView();
        }
        if (pendingReveal != null && pendingReveal.equals(state.selectedEventProperty().get())) {
            String id = pendingReveal;
            pendingReveal = null;
            revealVertically(id);
        }
        if (pendingClusterReveal != null) {
            String id = pendingClusterReveal;
            pendingClusterReveal = null;
            revealVertically(id);
        }
        if (frameAfterFilter && !isPreview() && built.key().events() == state.visibleEventsProperty().get()) {
            frameAfterFilter = false;
            // Zoomed on 2013–2015, a filter keeping a paper's 100 events of 2000 left blank lanes and
            // nothing saying where they were: the view goes to them, as Fit everything would.
            if (!built.key().events().isEmpty() && built.layout().visible(getScale()).isEmpty()) {
                fitAll();
            }
        }
    }

    /** The events drawn highlighted: the search hits while there is a search, else the selected actor's or place's. */
    public Set<String> highlightedIds() {
        return highlighted.get();
    }

    public ReadOnlyObjectProperty<Set<String>> highlightedIdsProperty() {
        return highlighted.getReadOnlyProperty();
    }

    /** Shows the dataset's focus period: 9–13 January 2022, the week of the talks, for the bundled data. */
    public void fitWeek() {
        fit(weekStart(), weekEnd());
    }

    /** Shows everything the filters let through, the background before the focus period included. */
    public void fitAll() {
        if (isPreview()) {
            // The whole dataset's days, not just the part read so far.
            DateRange span = state.previewProperty().get().span();
            fit(span.startIn(datasetZone()), span.endIn(datasetZone()));
            return;
        }
        Optional<TimeRange> range = timelineLayout().fullRange();
        if (range.isPresent()) {
            fit(range.get().start(), range.get().end());
        } else {
            fitWeek();
        }
    }

    public void zoomIn() {
        zoomAbout(zoomAnchor(), ZOOM_STEP);
    }

    public void zoomOut() {
        zoomAbout(zoomAnchor(), 1 / ZOOM_STEP);
    }

    /**
     * Where the buttons and keys zoom about: the selected event when it is in view, so zooming into
     * the busy day one has chosen an event of stays on that day; else the middle of the view.
     */
    private double zoomAnchor() {
        TimeScale s = getScale();
        String selected = state.selectedEventProperty().get();
        Dataset ds = state.dataset();
        if (selected != null && ds != null) {
            Optional<Event> e = ds.event(selected);
            if (e.isPresent()) {
                double a = s.xOf(e.get().time().startInstant());
                double b = s.xOf(e.get().time().endInstant());
                double mid = (Math.max(a, 0) + Math.min(b, s.width())) / 2;
                if (b >= 0 && a <= s.width()) {
                    return mid;
                }
            }
        }
        return s.width() / 2;
    }

    /**
     * Zooms by {@code factor} keeping the time at item-area x {@code x} in place; out no further than
     * twice the dataset's whole range (or two months, for a short one): beyond that lies only empty
     * centuries, an axis from the year 1000 to 3200.
     */
    public void zoomAbout(double x, double factor) {
        TimeScale now = getScale();
        double most = mostMillisPerPixel(now.width());
        if (factor < 1 && now.millisPerPixel() / factor > most) {
            if (now.millisPerPixel() >= most) {
                return;
            }
            factor = now.millisPerPixel() / most;
        }
        scale.set(now.zoomAbout(x, factor));
    }

    private double mostMillisPerPixel(double width) {
        double span = timelineLayout().fullRange().map(r -> (double) Duration.between(r.start(), r.end()).toMillis())
                .orElse(0d);
        return Math.max(2 * span, Duration.ofDays(60).toMillis()) / Math.max(1, width);
    }

    /** Moves the content by {@code dx} pixels; positive shows earlier time. */
    public void panBy(double dx) {
        scale.set(getScale().panBy(dx));
    }

    void setScale(TimeScale s) {
        scale.set(s);
    }

    /** Scrolls the lanes by {@code dy} pixels, kept within the lanes' height. */
    public void scrollBy(double dy) {
        setScrollY(scrollY.get() + dy);
    }

    void setScrollY(double y) {
        double max = Math.max(0, timelineLayout().height() - bodyHeight);
        scrollY.set(Math.max(0, Math.min(max, y)));
    }

    /** Called by the skin when the item area changes size; applies a pending fit or keeps the zoom. */
    void viewportResized(double itemsWidth, double newBodyHeight) {
        bodyHeight = Math.max(1, newBodyHeight);
        if (itemsWidth <= 1) {
            return;
        }
        if (pendingFit != null) {
            scale.set(getScale().withWidth(itemsWidth));
            Runnable fit = pendingFit;
            pendingFit = null;
            fit.run();
            // A selection made before the first layout could not be revealed against a real viewport.
            reveal(state.selectedEventProperty().get());
            requestLayout(false);
        } else if (getScale().width() != itemsWidth) {
            // The same stretch of time across the new width: a resized window refits, it does not crop.
            TimeScale was = getScale();
            scale.set(TimeScale.of(was.start(), was.millisPerPixel() * was.width() / itemsWidth, itemsWidth));
        }
        setScrollY(scrollY.get());
    }

    /** The event under a point in the control's coordinates, if any. */
    public Optional<String> eventAt(double x, double y) {
        return eventAtCanvas(x - snappedLeftInset(), y - snappedTopInset());
    }

    /** The event under a point of the drawing, which starts inside the control's border. */
    Optional<String> eventAtCanvas(double x, double y) {
        if (x < TimelineMetrics.GUTTER || y < TimelineMetrics.AXIS_HEIGHT
                || y > TimelineMetrics.AXIS_HEIGHT + bodyHeight) {
            return Optional.empty();
        }
        return timelineLayout().hitTest(x - TimelineMetrics.GUTTER, y - TimelineMetrics.AXIS_HEIGHT + scrollY.get(),
                getScale());
    }

    /** The cluster under a point of the drawing, if the point is on one. */
    Optional<ItemBox> clusterAtCanvas(double x, double y) {
        if (x < TimelineMetrics.GUTTER || y < TimelineMetrics.AXIS_HEIGHT
                || y > TimelineMetrics.AXIS_HEIGHT + bodyHeight) {
            return Optional.empty();
        }
        return timelineLayout().clusterAt(x - TimelineMetrics.GUTTER, y - TimelineMetrics.AXIS_HEIGHT + scrollY.get(),
                getScale());
    }

    /** Selects the first (or last) visible event in narrative order. */
    void selectEnd(boolean last) {
        List<Event> events = state.visibleEventsProperty().get();
        if (!events.isEmpty()) {
            state.selectedEventProperty().set(events.get(last ? events.size() - 1 : 0).id());
        }
    }

    private void fit(Instant from, Instant to) {
        if (getWidth() <= TimelineMetrics.GUTTER) {
            pendingFit = () -> fit(from, to);
        }
        scale.set(TimeScale.fit(from, to, getScale().width(), TimelineMetrics.FIT_PADDING));
    }

    /**
     * Brings a selection made elsewhere into view. A range known only roughly (a month, a season,
     * a decade) is framed whole, since a day-scaled slice of it shows nothing; a day seen from too
     * far away to read is brought close enough to read; otherwise the view moves as little as it
     * can. The vertical part waits for the layout of the new zoom when the zoom changed.
     */
    private void reveal(String eventId) {
        if (eventId == null) {
            return;
        }
        Optional<Event> event = state.dataset() == null ? Optional.empty() : state.dataset().event(eventId);
        Optional<TimeRange> range = timelineLayout().rangeOf(eventId);
        if (event.isEmpty() || range.isEmpty()) {
            pendingReveal = eventId;
            return;
        }
        TimeScale s = getScale();
        TimeRange r = range.get();
        double x0 = s.xOf(r.start());
        double x1 = s.xOf(r.end());
        Precision precision = event.get().time().precision();
        if (!precision.atLeast(Precision.DAY)) {
            boolean framed = x0 >= 0 && x1 <= s.width() && x1 - x0 >= s.width() / 4;
            if (!framed) {
                scale.set(TimeScale.fit(r.start(), r.end(), s.width(), FRAME_PADDING));
            }
        } else if (!precision.atLeast(Precision.HOUR) && x1 - x0 < MIN_READABLE_DAY_WIDTH) {
            Duration context = Duration.ofDays(2);
            scale.set(TimeScale.fit(r.start().minus(context), r.end().plus(context), s.width(), FRAME_PADDING));
        } else {
            scale.set(s.reveal(r.start(), r.end(), REVEAL_MARGIN));
        }
        if (isLayoutCurrent()) {
            revealVertically(eventId);
        } else {
            pendingReveal = eventId;
        }
    }

    /**
     * After a filter, with nothing selected: the rows kept their scroll, so the view could show no
     * event while the matches stood above it, or open on a card cut in half. The view moves to the
     * first event in it, or, with none, to the first of the time in view.
     */
    private void showRowsInView() {
        double top = scrollY.get();
        // The rows in view first, as a frame reads them; all rows only when those hold nothing.
        List<ItemBox> inView = timelineLayout().visible(getScale(), top, top + bodyHeight);
        List<ItemBox> candidates = inView.isEmpty() ? timelineLayout().visible(getScale()) : inView;
        OptionalDouble first = candidates.stream().mapToDouble(ItemBox::y0).min();
        if (first.isPresent() && (first.getAsDouble() < top || inView.isEmpty())) {
            setScrollY(first.getAsDouble() - 8);
        }
    }

    private void revealVertically(String eventId) {
        List<ItemBox> boxes = timelineLayout().boxesOf(eventId, getScale());
        if (!boxes.isEmpty() && pendingFit == null) {
            ItemBox b = boxes.get(0);
            if (b.y0() < scrollY.get()) {
                setScrollY(clearOfCutCards(b.y0() - 8, b));
            } else if (b.y1() > scrollY.get() + bodyHeight) {
                setScrollY(clearOfCutCards(b.y1() - bodyHeight + 8, b));
            }
        }
    }

    /**
     * The scroll nearest {@code top} at which the view's top edge cuts no card, {@code chosen} staying whole. The
     * margin kept round a card brought into view is wider than the gap between rows: at 1366×768 the Brussels meeting
     * chosen on the Compare tab left the feet of Geneva's first two cards standing at the top, cut, and other
     * choices half a card of another lane.
     */
    private double clearOfCutCards(double top, ItemBox chosen) {
        double most = Math.max(0, timelineLayout().height() - bodyHeight);
        double at = Math.max(0, Math.min(most, top));
        // A few steps: a row moved into view may bring a taller card of a row above or below to the edge.
        for (int step = 0; step < 8; step++) {
            double edge = at;
            List<ItemBox> cut = timelineLayout().visible(getScale(), edge, edge + 1).stream()
                    .filter(c -> c.y0() < edge - 0.5 && c.y1() > edge + 0.5).toList();
            if (cut.isEmpty()) {
                return at;
            }
            // Just over the cut cards' row, or just under their feet and the border drawn on them: rows are 3 px apart.
            double above = Math.max(0, cut.stream().mapToDouble(ItemBox::y0).min().orElse(edge) - 1);
            double below = Math.min(most, cut.stream().mapToDouble(ItemBox::y1).max().orElse(edge) + 2);
            boolean aboveKeepsChosen = chosen.y1() <= above + bodyHeight;
            boolean belowKeepsChosen = below <= chosen.y0();
            if (aboveKeepsChosen && (!belowKeepsChosen || edge - above <= below - edge)) {
                at = above;
            } else if (belowKeepsChosen) {
                at = below;
            } else {
                return at;
            }
        }
        return at;
    }

    /**
     * Zooms in on the events a "+N" stands for, as a click on a cluster does on its own: onto them
     * where they are close together, else four times about the count, at an end of their run: fitted
     * to a run across most of the view, their titles would still have no room.
     */
    void zoomIntoCount(PlacedLabel count) {
        TimeScale now = getScale();
        if (count.runX1() - count.runX0() > now.width() / 3) {
            scale.set(now.zoomAbout(count.x() + count.width() / 2, 4));
            return;
        }
        TimeRange run = timeOfRun(count, now);
        Duration margin = Duration.between(run.start(), run.end()).dividedBy(4).plusHours(12);
        scale.set(TimeScale.fit(run.start().minus(margin), run.end().plus(margin), now.width(), FRAME_PADDING));
    }

    /**
     * The time a count's run takes, from its items rather than its marks: zoomed out, a day's mark is
     * drawn wider than its day (a few pixels for a fraction of one), and fitted to the marks, the
     * week's two Geneva days, counted "+2", came out as two touching marks with one title.
     */
    private TimeRange timeOfRun(PlacedLabel count, TimeScale now) {
        Instant from = null;
        Instant to = null;
        // The count's own row, read as a frame reads it: the work follows what is on screen.
        for (ItemBox b : timelineLayout().visible(now, count.y(), count.y() + count.height())) {
            if (b.y0() != count.y() || b.x0() < count.runX0() || b.drawnX1() > count.runX1()) {
                continue;
            }
            TimeRange r = timelineLayout().timeOf(b, now);
            from = from == null || r.start().isBefore(from) ? r.start() : from;
            to = to == null || r.end().isAfter(to) ? r.end() : to;
        }
        return from != null ? new TimeRange(from, to)
                : new TimeRange(now.timeAt(count.runX0()), now.timeAt(Math.max(count.runX1(), count.runX0() + 1)));
    }

    /**
     * Zooms in on a cluster of events too close together to tell apart, and scrolls its lane's rows
     * into view: a density strip clicked in one lane showed the same weeks of another lane's rows.
     */
    void zoomInto(ItemBox cluster) {
        TimeRange r = TimelineLayout.rangeOf(cluster, getScale());
        Duration span = Duration.between(r.start(), r.end());
        Duration margin = span.dividedBy(4).plusHours(12);
        scale.set(TimeScale.fit(r.start().minus(margin), r.end().plus(margin), getScale().width(), FRAME_PADDING));
        if (isLayoutCurrent()) {
            revealVertically(cluster.eventId());
        } else {
            pendingClusterReveal = cluster.eventId();
        }
    }

    /**
     * True when the days in view hold none of the events laid out, in any row: the lanes are blank
     * though the filters keep events. The rows in view are read first, as a frame reads them, and all
     * rows only when those hold nothing, so a frame with events costs no more than its own drawing.
     */
    boolean showsNoEvents() {
        TimelineLayout shown = timelineLayout();
        if (shown.fullRange().isEmpty()) {
            return false;
        }
        double top = scrollY.get();
        return shown.visible(getScale(), top, top + bodyHeight).isEmpty() && shown.visible(getScale()).isEmpty();
    }

    /** The dataset's focus when the days in view take in all of it (as they do after Fit the focus period). */
    Optional<DateRange> focusInView() {
        Dataset ds = shownData();
        if (ds == null || ds.focus().isEmpty()) {
            return Optional.empty();
        }
        TimeScale s = getScale();
        boolean whole = !s.start().isAfter(weekStart()) && !s.end().isBefore(weekEnd());
        return whole ? ds.focus() : Optional.empty();
    }

    /** Height of the lanes' viewport, for the scroll bar. */
    double bodyHeight() {
        return bodyHeight;
    }

    /*
     * Which events to ring is a pass over the visible events: at once for a few thousand, as the
     * filter is, and on the compute thread for more, the rings following a moment later.
     */
    private void rehighlight(Observable ignored) {
        // A search rings its hits alone: the status bar counts them as "marked", and an actor's
        // events ringed alike looked like hits they were not. Without a search, the actor's or place's.
        boolean searching = !state.searchProperty().get().query().isBlank();
        String actor = searching ? null : state.selectedActorProperty().get();
        String place = searching ? null : state.selectedPlaceProperty().get();
        Set<String> hits = state.searchProperty().get().eventIds();
        List<Event> events = state.visibleEventsProperty().get();
        // A link chosen in the network rings what its two actors share, not all of the first one's events.
        String partner = state.selectedPartnerProperty().get();
        Dataset ds = state.dataset();
        Predicate<Event> ofActor = actor == null ? null
                : ds == null ? e -> e.involves(actor)
                : partner == null ? e -> ds.involves(e, actor)
                : ExplorerState.sharedBy(ds, actor, partner);
        if (actor == null && place == null && hits.isEmpty()) {
            highlighting.discard();
            highlighted.set(Set.of());
        } else if (events.size() <= ExplorerState.FILTER_AT_ONCE_LIMIT) {
            highlighting.discard();
            highlighted.set(highlightedAmong(events, ofActor, place, hits));
        } else {
            highlighting.request(() -> highlightedAmong(events, ofActor, place, hits));
        }
    }

    private static Set<String> highlightedAmong(List<Event> events, Predicate<Event> ofActor,
                                                String place, Set<String> hits) {
        Set<String> out = new HashSet<>();
        for (Event e : events) {
            if ((ofActor != null && ofActor.test(e))
                    || (place != null && ExplorerState.isAt(e, place))
                    || hits.contains(e.id())) {
                out.add(e.id());
            }
        }
        return Set.copyOf(out);
    }

    private void updateAccessibleText() {
        setAccessibleText(state.selectedEvent().map(e -> "Selected: " + e.title() + ", " + e.time().label())
                .orElse("Timeline, no event selected"));
    }

    private Instant weekStart() {
        return focus().startIn(datasetZone());
    }

    private Instant weekEnd() {
        return focus().endIn(datasetZone());
    }
}
