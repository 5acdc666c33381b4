package org.parley.ui.timeline;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import org.parley.layout.BandMark;
import org.parley.layout.ContextBand;
import org.parley.layout.TimelineLayout;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.render.Theme;
import org.parley.render.timeline.ContextBandPainter;
import org.parley.render.timeline.Decorations;
import org.parley.render.timeline.LegendPainter;
import org.parley.render.timeline.TimelineMetrics;
import org.parley.render.timeline.TimelinePainter;
import org.parley.render.timeline.TimelineScene;
import org.parley.ui.canvas.FxPainter;

/**
 * Draws the {@link TimelineView} on one canvas: lanes and axis on top, the legend strip, then the
 * context band. Every change only marks the frame dirty; one redraw per pulse follows, however
 * many properties changed together.
 */
final class TimelineSkin extends SkinBase<TimelineView> {

    private final Canvas canvas = new Canvas();
    private final FxPainter painter = new FxPainter(canvas.getGraphicsContext2D());
    private final TimelinePainter timelinePainter = new TimelinePainter();
    private final TimelineInput input;
    private boolean redrawScheduled;

    private ContextBand band;
    private ZoneId bandZone;
    private List<BandMark> bandMarks = List.of();
    private Dataset bandDataset;

    TimelineSkin(TimelineView view) {
        super(view);
        canvas.setFocusTraversable(false);
        getChildren().add(canvas);
        input = new TimelineInput(view, this, canvas);
        var state = view.state();
        for (Observable o : new Observable[] {view.scaleProperty(), view.scrollYProperty(), view.laneModeProperty(),
                view.legendVisibleProperty(), state.visibleEventsProperty(), state.selectedEventProperty(),
                state.selectedActorProperty(), state.selectedPlaceProperty(), state.searchProperty(),
                state.utcProperty(), state.darkProperty(), state.datasetProperty()}) {
            registerInvalidationListener(o, x -> requestRedraw());
        }
    }

    @Override
    public void dispose() {
        input.dispose();
        getChildren().remove(canvas);
        super.dispose();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            canvas.relocate(x, y);
            requestRedraw();
        }
        getSkinnable().viewportResized(w - TimelineMetrics.GUTTER,
                mainHeight() - TimelineMetrics.AXIS_HEIGHT);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 1200;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 520;
    }

    /** Height of the lanes and axis, above the legend strip and the band. */
    double mainHeight() {
        return Math.max(TimelineMetrics.AXIS_HEIGHT + 1, canvas.getHeight() - legendHeight() - ContextBandPainter.HEIGHT);
    }

    double legendHeight() {
        return getSkinnable().legendVisibleProperty().get() ? LegendPainter.height(canvas.getWidth()) : 0;
    }

    /** The context band for the current width and zone; rebuilt only when either changes. */
    ContextBand band() {
        double w = Math.max(1, canvas.getWidth() - TimelineMetrics.GUTTER);
        ZoneId zone = getSkinnable().axisZone();
        Dataset data = getSkinnable().state().dataset();
        if (band == null || band.scale().width() != w || !zone.equals(bandZone) || data != bandDataset) {
            band = new ContextBand(w, zone);
            bandZone = zone;
            bandDataset = data;
            bandMarks = data == null ? List.of() : band.marks(data.events());
        }
        return band;
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

    private void redraw() {
        redrawScheduled = false;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= TimelineMetrics.GUTTER || h <= 0) {
            return;
        }
        TimelineView view = getSkinnable();
        var state = view.state();
        Theme theme = state.darkProperty().get() ? Theme.DARK : Theme.LIGHT;
        Dataset data = state.dataset();
        Function<String, Event> eventOf = id -> data == null ? null : data.event(id).orElse(null);
        TimelineLayout layout = view.timelineLayout();
        TimelineScene scene = new TimelineScene(layout, view.getScale(), view.axisZone(), w, mainHeight(),
                view.scrollY(), eventOf, state.selectedEventProperty().get(), view.highlightedIds(), null,
                Decorations.SCREEN);
        timelinePainter.paint(painter, scene, theme);
        if (legendHeight() > 0) {
            LegendPainter.paint(painter, theme, 0, mainHeight(), w);
        }
        ContextBandPainter.paint(painter, theme, band(), bandZone, bandMarks, eventOf, view.getScale(), bandTop(), w);
    }
}
