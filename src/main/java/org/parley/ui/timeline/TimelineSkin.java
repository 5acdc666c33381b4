package org.parley.ui.timeline;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import org.parley.layout.BandMark;
import org.parley.layout.ContextBand;
import org.parley.layout.PlacedLabel;
import org.parley.layout.TimelineLayout;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.DatasetPreview;
import org.parley.model.Event;
import org.parley.render.FontSpec;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;
import org.parley.render.timeline.ContextBandPainter;
import org.parley.render.timeline.Decorations;
import org.parley.render.timeline.LegendPainter;
import org.parley.render.timeline.TimelineMetrics;
import org.parley.render.timeline.TimelinePainter;
import org.parley.render.timeline.TimelineScene;
import org.parley.ui.canvas.FxPainter;
import org.parley.ui.filter.NothingShared;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.LatestResult;

/**
 * Draws the {@link TimelineView} on one canvas: lanes and axis on top, the legend strip, then the
 * context band. Every change only marks the frame dirty; one redraw per pulse follows, however
 * many properties changed together.
 */
final class TimelineSkin extends SkinBase<TimelineView> {

    private final Canvas canvas = new Canvas();
    private final ScrollBar scrollBar = new ScrollBar();
    private boolean syncingScrollBar;
    private final FxPainter painter = new FxPainter(canvas.getGraphicsContext2D());
    private final TimelinePainter timelinePainter = new TimelinePainter();
    private final TimelineInput input;
    private boolean redrawScheduled;

    private ContextBand band;
    private ZoneId bandZone;
    private List<BandMark> bandMarks = List.of();
    /** The band width the marks were placed for. */
    private double bandMarksWidth;
    private final LatestResult<BandMarks> bandMarking =
            new LatestResult<>(BackgroundThread.compute(), this::bandMarksArrived);
    /** The dataset or preview the band was built for. */
    private Object bandSource;
    /** The events (those the filter keeps) the band's marks were found for. */
    private List<Event> bandEvents = List.of();
    private static final FontSpec PREVIEW_NOTE_FONT = FontSpec.sans(12);
    /**
     * Said on the lanes when the filters keep none of the dataset's events: the events table says
     * so, and the lanes, blank, had looked like a view that failed to draw.
     */
    private final Label emptyNote = new Label(NO_MATCH);
    static final String NO_MATCH = "No events match the filters.";
    /** Under the note when the actors filtered all together share nothing: back to any of them ({@link NothingShared}). */
    private final Hyperlink matchAny;
    /**
     * Under the note when the days in view hold none of the events the filters keep: a dataset whose
     * focus lies beside all its events opened on blank lanes, "64 of 64 events shown", and no word why.
     */
    private final Hyperlink fitAll = new Hyperlink(FIT_ALL);
    static final String FIT_ALL = "Fit everything (Ctrl+2)";
    static final String READING = "Reading the events…";
    static final String LAYING_OUT = "Laying out the events…";

    TimelineSkin(TimelineView view) {
        super(view);
        canvas.setFocusTraversable(false);
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.setFocusTraversable(false);
        scrollBar.getStyleClass().add("timeline-scroll-bar");
        scrollBar.valueProperty().addListener((o, was, now) -> {
            if (!syncingScrollBar) {
                view.setScrollY(now.doubleValue());
            }
        });
        emptyNote.setId("timeline-empty");
        emptyNote.getStyleClass().add("timeline-empty");
        emptyNote.setMouseTransparent(true);
        emptyNote.setWrapText(true);
        var state = view.state();
        matchAny = NothingShared.link(state, "timeline-match-any");
        fitAll.setId("timeline-fit-all");
        fitAll.setOnAction(e -> {
            view.fitAll();
            // The link hides once events are in view: the keys stay with the timeline, not the next panel.
            view.requestFocus();
        });
        fitAll.setVisible(false);
        getChildren().addAll(canvas, scrollBar, emptyNote, matchAny, fitAll);
        input = new TimelineInput(view, this, canvas);
        showEmptyNote();
        registerInvalidationListener(state.filterProperty(), x -> showEmptyNote());
        registerInvalidationListener(state.keptMatchingAnyActorProperty(), x -> showEmptyNote());
        registerInvalidationListener(state.visibleEventsProperty(), x -> showEmptyNote());
        registerInvalidationListener(state.datasetProperty(), x -> showEmptyNote());
        registerInvalidationListener(view.layoutProperty(), x -> showEmptyNote());
        registerInvalidationListener(state.previewProperty(), x -> showEmptyNote());
        // Panned or zoomed off the events, or onto them again: a frame's own reading of the rows in view.
        registerInvalidationListener(view.scaleProperty(), x -> showEmptyNote());
        registerInvalidationListener(view.scrollYProperty(), x -> showEmptyNote());
        for (Observable o : new Observable[] {view.scaleProperty(), view.scrollYProperty(), view.laneModeProperty(),
                view.legendVisibleProperty(), state.visibleEventsProperty(), state.selectedEventProperty(),
                state.selectedActorProperty(), state.selectedPlaceProperty(), state.searchProperty(),
                state.utcProperty(), state.darkProperty(), state.datasetProperty(), view.layoutProperty(),
                view.highlightedIdsProperty()}) {
            registerInvalidationListener(o, x -> requestRedraw());
        }
        registerInvalidationListener(view.layoutProperty(), x -> view.requestLayout());
        // Folding the key changes how much height the lanes and their scroll bar get.
        registerInvalidationListener(view.legendVisibleProperty(), x -> view.requestLayout());
    }

    @Override
    public void dispose() {
        input.dispose();
        getChildren().remove(canvas);
        super.dispose();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        TimelineView view = getSkinnable();
        double barWidth = scrollBar.prefWidth(-1);
        // The bar shows only when the lanes are taller than their viewport, beside the lanes alone.
        double body = Math.max(1, h - legendHeightFor(w) - ContextBandPainter.HEIGHT - TimelineMetrics.AXIS_HEIGHT);
        boolean scrolls = view.timelineLayout().height() > body + 0.5;
        double canvasWidth = scrolls ? Math.max(1, w - barWidth) : w;
        if (canvas.getWidth() != canvasWidth || canvas.getHeight() != h) {
            canvas.setWidth(canvasWidth);
            canvas.setHeight(h);
            requestRedraw();
        }
        canvas.relocate(x, y);
        scrollBar.setVisible(scrolls);
        scrollBar.resizeRelocate(x + w - barWidth, y + TimelineMetrics.AXIS_HEIGHT, barWidth,
                Math.max(1, mainHeight() - TimelineMetrics.AXIS_HEIGHT));
        view.viewportResized(canvasWidth - TimelineMetrics.GUTTER, mainHeight() - TimelineMetrics.AXIS_HEIGHT);
        syncScrollBar();
        // Centred on the lanes, right of the lane names; a long note (what actors do not share) wraps.
        double room = Math.max(1, canvasWidth - TimelineMetrics.GUTTER - 16);
        double noteWidth = Math.min(emptyNote.prefWidth(-1), room);
        double noteHeight = emptyNote.prefHeight(noteWidth);
        Hyperlink shownLink = matchAny.isVisible() ? matchAny : fitAll;
        boolean link = shownLink.isVisible() && emptyNote.isVisible();
        double linkWidth = link ? shownLink.prefWidth(-1) : 0;
        double linkHeight = link ? shownLink.prefHeight(-1) : 0;
        double top = y + TimelineMetrics.AXIS_HEIGHT
                + Math.max(0, (mainHeight() - TimelineMetrics.AXIS_HEIGHT - noteHeight - linkHeight) / 2);
        emptyNote.resizeRelocate(
                x + TimelineMetrics.GUTTER + Math.max(0, (canvasWidth - TimelineMetrics.GUTTER - noteWidth) / 2),
                top, noteWidth, noteHeight);
        shownLink.resizeRelocate(
                x + TimelineMetrics.GUTTER + Math.max(0, (canvasWidth - TimelineMetrics.GUTTER - linkWidth) / 2),
                top + noteHeight, linkWidth, linkHeight);
    }

    /**
     * Why the lanes are blank, when they are: the filters keep none of a dataset's events, or the
     * events are still being read or laid out (a second or more on a busy machine, where blank lanes
     * had looked like a dataset without events). A preview draws events of its own and says so itself.
     */
    private void showEmptyNote() {
        TimelineView view = getSkinnable();
        var state = view.state();
        Dataset data = state.dataset();
        boolean noneVisible = state.visibleEventsProperty().get().isEmpty();
        String note;
        if (view.isPreview()) {
            note = null;
        } else if (data == null) {
            note = READING;
        } else if (!data.events().isEmpty() && noneVisible) {
            note = NothingShared.note(state).orElse(NO_MATCH);
        } else if (!noneVisible && view.layoutDataset() == null) {
            note = LAYING_OUT;
        } else if (!noneVisible && view.isLayoutCurrent() && view.showsNoEvents()) {
            note = noneInView(view, data);
        } else {
            note = null;
        }
        emptyNote.setText(note == null ? NO_MATCH : note);
        emptyNote.setVisible(note != null);
        fitAll.setVisible(note != null && !noneVisible && data != null);
        if (note != null) {
            view.requestLayout();
        }
    }

    /**
     * Why lanes with events to show are blank: the days in view hold none of them. Said of the focus
     * when the view takes it in, as it opens: a focus the validator allows up to a year from the events.
     */
    private static String noneInView(TimelineView view, Dataset data) {
        int kept = view.state().visibleEventsProperty().get().size();
        boolean filtered = kept < data.events().size();
        String events = kept == 1 ? (filtered ? "The one event the filters keep" : "The one event") + " does not fall"
                : "None of the " + CountText.number(kept) + " events" + (filtered ? " the filters keep" : "") + " falls";
        return view.focusInView().map(f -> events + " in the dataset's focus (" + f.label() + ").")
                .orElse(events + " in these days.");
    }

    private void syncScrollBar() {
        TimelineView view = getSkinnable();
        double body = view.bodyHeight();
        double max = Math.max(0, view.timelineLayout().height() - body);
        syncingScrollBar = true;
        scrollBar.setMin(0);
        scrollBar.setMax(max);
        scrollBar.setVisibleAmount(max <= 0 ? 1 : body * max / Math.max(1, view.timelineLayout().height() - 0));
        scrollBar.setUnitIncrement(44);
        scrollBar.setBlockIncrement(Math.max(44, body - 44));
        scrollBar.setValue(Math.min(max, view.scrollY()));
        syncingScrollBar = false;
    }

    private double legendHeightFor(double width) {
        TimelineView view = getSkinnable();
        return view.legendVisibleProperty().get() ? LegendPainter.height(width, view.timelineLayout().legendEntries()) : 0;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 1200;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 520;
    }

    /**
     * The "+N" drawn last at a canvas point, if any: it stands for events whose titles did not fit,
     * and a click on it zooms in on them. A look through the few dozen labels of the last frame.
     */
    Optional<PlacedLabel> countAt(double x, double y) {
        if (x < TimelineMetrics.GUTTER || y < TimelineMetrics.AXIS_HEIGHT || y > mainHeight()) {
            return Optional.empty();
        }
        double lx = x - TimelineMetrics.GUTTER;
        double ly = y - TimelineMetrics.AXIS_HEIGHT + getSkinnable().scrollY();
        return lastLabels().stream().filter(l -> l.isCount() && l.contains(lx, ly)).findFirst();
    }

    /** The labels and counts of the last frame, in the lanes' coordinates. */
    List<PlacedLabel> lastLabels() {
        return timelinePainter.lastLabels();
    }

    /** Height of the lanes and axis, above the legend strip and the band. */
    double mainHeight() {
        return Math.max(TimelineMetrics.AXIS_HEIGHT + 1, canvas.getHeight() - legendHeight() - ContextBandPainter.HEIGHT);
    }

    double legendHeight() {
        return legendHeightFor(canvas.getWidth());
    }

    /**
     * The context band for the current width and zone; rebuilt only when either changes. Its marks
     * are a pass over every event: for a large dataset they are found on the compute thread, and
     * until they arrive the previous ones are stretched to the new width.
     */
    ContextBand band() {
        double w = Math.max(1, canvas.getWidth() - TimelineMetrics.GUTTER);
        ZoneId zone = getSkinnable().axisZone();
        Dataset data = getSkinnable().state().dataset();
        DatasetPreview preview = getSkinnable().state().previewProperty().get();
        boolean previewing = data == null && preview != null;
        Object source = previewing ? preview : data;
        // The band's years are the dataset's, whatever the filter (its context); its marks are the events the
        // filter keeps, as every other view's are: filtered to two events, it had still drawn all the years' bars.
        List<Event> events = data == null ? List.of() : getSkinnable().state().visibleEventsProperty().get();
        if (band == null || band.scale().width() != w || !zone.equals(bandZone) || source != bandSource
                || events != bandEvents) {
            boolean sameYears = band != null && zone.equals(bandZone) && source == bandSource;
            ContextBand built = sameYears && band.scale().width() == w ? band
                    // A preview knows the whole dataset's years and focus, not yet where its events lie.
                    : previewing ? new ContextBand(w, zone, preview.span(), preview.focusWindow().focus().orElse(null))
                    : ContextBand.of(data, w, zone);
            band = built;
            bandZone = zone;
            bandSource = source;
            bandEvents = events;
            if (events.size() <= ExplorerState.FILTER_AT_ONCE_LIMIT) {
                bandMarking.discard();
                bandMarks = built.marks(events);
                bandMarksWidth = w;
            } else {
                bandMarks = sameYears ? bandMarks : List.of();
                bandMarking.request(() -> new BandMarks(built.marks(events), w));
            }
        }
        if (bandMarksWidth != w && !bandMarks.isEmpty()) {
            double factor = w / bandMarksWidth;
            bandMarks = bandMarks.stream().map(m -> m.scaled(factor)).toList();
            bandMarksWidth = w;
        }
        return band;
    }

    /** The band's marks as last drawn: the background events the filter keeps. */
    List<BandMark> bandMarks() {
        band();
        return bandMarks;
    }

    /** The background event whose mark on the band is at the canvas point ({@code x}, {@code y}), if any. */
    Optional<String> bandMarkAt(double x, double y) {
        return ContextBandPainter.markAt(bandMarks(), x - TimelineMetrics.GUTTER, y - bandTop());
    }

    private record BandMarks(List<BandMark> marks, double width) {
    }

    private void bandMarksArrived(BandMarks arrived) {
        bandMarks = arrived.marks();
        bandMarksWidth = arrived.width();
        requestRedraw();
    }

    double bandTop() {
        return mainHeight() + legendHeight();
    }

    void requestRedraw() {
        if (!redrawScheduled) {
            redrawScheduled = true;
            Platform.runLater(this::redraw);
        }
    }

    /**
     * Says on the lanes themselves that only the focus's events are drawn yet: panned or zoomed out
     * past them, the empty lanes would otherwise read as days without events.
     */
    private void previewNote(Theme theme, double w, DatasetPreview preview) {
        String note = "Showing the " + CountText.count(preview.focusWindow().events().size(), "event")
                + " around the focus; reading the other " + CountText.number(preview.events() - preview.focusWindow().events().size()) + "…";
        painter.setFont(PREVIEW_NOTE_FONT);
        double tw = painter.textWidth(note);
        double x = w - tw - 16;
        double y = mainHeight() - 30;
        painter.setFill(theme.background().withAlpha(0.9));
        painter.fillRoundRect(x - 8, y, tw + 16, 22, 6);
        painter.setFill(theme.mutedText());
        painter.fillText(note, x, y + 15, TextAnchor.START);
    }

    private void redraw() {
        redrawScheduled = false;
        syncScrollBar();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= TimelineMetrics.GUTTER || h <= 0) {
            return;
        }
        TimelineView view = getSkinnable();
        var state = view.state();
        Theme theme = state.darkProperty().get() ? Theme.DARK : Theme.LIGHT;
        TimelineLayout layout = view.timelineLayout();
        Dataset drawn = view.layoutDataset();
        Function<String, Event> layoutEventOf = id -> drawn == null ? null : drawn.event(id).orElse(null);
        TimelineScene scene = new TimelineScene(layout, view.getScale(), view.axisZone(), w, mainHeight(),
                view.scrollY(), layoutEventOf, state.selectedEventProperty().get(), view.highlightedIds(), null,
                Decorations.SCREEN).withFocus(band().focus().orElse(null))
                // Asked only of the items drawn, a few dozen a frame: nothing here grows with the data.
                .withNotReporting(id -> drawn == null ? null
                        : drawn.event(id).flatMap(drawn::nonReportingKind).orElse(null));
        timelinePainter.paint(painter, scene, theme);
        if (view.isPreview()) {
            previewNote(theme, w, view.state().previewProperty().get());
        }
        if (legendHeight() > 0) {
            LegendPainter.paint(painter, theme, 0, mainHeight(), w, layout.legendEntries(),
                    TimelinePainter.densityScale(scene));
        }
        ContextBandPainter.paint(painter, theme, band(), bandZone, bandMarks, view.getScale(), bandTop(), w);
    }
}
