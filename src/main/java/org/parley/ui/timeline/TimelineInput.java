package org.parley.ui.timeline;

import org.parley.layout.TimelineLayout;
import org.parley.layout.PlacedLabel;
import org.parley.layout.TimeRange;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.parley.layout.ContextBand;
import org.parley.layout.ItemBox;
import org.parley.layout.XRange;
import org.parley.render.timeline.ContextBandPainter;
import org.parley.render.timeline.TimelineMetrics;

/**
 * What the pointer and keyboard do to the timeline: wheel and pinch zoom about the pointer, drag
 * pans (or moves the window on the context band), click selects (a card, or a background event's
 * mark on the band), keys step and zoom. Every effect
 * goes through the view's scale or the explorer state, never straight to the canvas.
 */
final class TimelineInput {

    /** Wheel zoom per pixel of scroll delta; one notch (40 px) is about ×1.25. */
    private static final double WHEEL_ZOOM_PER_PIXEL = 1.0056;
    private static final double KEY_SCROLL = 44;
    private static final DateTimeFormatter CLUSTER_DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    /** A press that moves less than this is a click, not a drag. */
    private static final double CLICK_SLOP = 4;

    private enum Region { AXIS, BODY, LEGEND, BAND }

    private final TimelineView view;
    private final TimelineSkin skin;
    private final Canvas canvas;
    private final HoverTooltip tooltip;

    private Region pressedIn;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    /** Band x of the window's left edge minus the press x, so the window does not jump under the pointer. */
    private double bandGrabOffset;

    private final EventHandler<MouseEvent> onPress = this::pressed;
    private final EventHandler<MouseEvent> onDrag = this::dragged;
    private final EventHandler<MouseEvent> onRelease = this::released;
    private final EventHandler<MouseEvent> onMove = this::moved;
    private final EventHandler<MouseEvent> onExit = e -> hideTooltip();
    /**
     * The cards move, or change, under a still pointer whatever moved them (keys, the toolbar, a
     * filter): the tooltip named what was there ("21 events, 7 Apr – 9 May 2015" stayed over 2013).
     */
    private final InvalidationListener onViewChange = o -> hideTooltip();
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<ZoomEvent> onZoom = this::zoomed;
    private final EventHandler<KeyEvent> onKey = this::keyPressed;

    TimelineInput(TimelineView view, TimelineSkin skin, Canvas canvas) {
        this.view = view;
        this.skin = skin;
        this.canvas = canvas;
        this.tooltip = new HoverTooltip(view);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, onMove);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, onExit);
        canvas.addEventHandler(ScrollEvent.SCROLL, onScroll);
        canvas.addEventHandler(ZoomEvent.ZOOM, onZoom);
        view.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
        view.scaleProperty().addListener(onViewChange);
        view.scrollYProperty().addListener(onViewChange);
        view.layoutProperty().addListener(onViewChange);
    }

    void dispose() {
        canvas.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        canvas.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        canvas.removeEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        canvas.removeEventHandler(MouseEvent.MOUSE_MOVED, onMove);
        canvas.removeEventHandler(MouseEvent.MOUSE_EXITED, onExit);
        canvas.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        canvas.removeEventHandler(ZoomEvent.ZOOM, onZoom);
        view.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
        view.scaleProperty().removeListener(onViewChange);
        view.scrollYProperty().removeListener(onViewChange);
        view.layoutProperty().removeListener(onViewChange);
        tooltip.hide();
    }

    private Region regionAt(double y) {
        if (y < TimelineMetrics.AXIS_HEIGHT) {
            return Region.AXIS;
        }
        if (y < skin.mainHeight()) {
            return Region.BODY;
        }
        return y < skin.bandTop() ? Region.LEGEND : Region.BAND;
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        hideTooltip();
        pressedIn = regionAt(e.getY());
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragged = false;
        if (pressedIn == Region.BAND && e.getButton() == MouseButton.PRIMARY) {
            ContextBand band = skin.band();
            double bx = e.getX() - TimelineMetrics.GUTTER;
            XRange window = band.window(view.getScale(), ContextBandPainter.MIN_WINDOW_WIDTH);
            if (!window.contains(bx)) {
                // A click beside the window brings the view there, and the drag carries on from it.
                view.setScale(band.centreWindowOn(view.getScale(), bx));
            }
            bandGrabOffset = band.scale().xOfMillis(view.getScale().startMillis()) - bx;
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (pressedIn == null) {
            return;
        }
        if (Math.abs(e.getX() - pressX) > CLICK_SLOP || Math.abs(e.getY() - pressY) > CLICK_SLOP) {
            dragged = true;
        }
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        switch (pressedIn) {
            case BODY, AXIS -> {
                view.panBy(dx);
                view.scrollBy(-dy);
            }
            case BAND -> {
                ContextBand band = skin.band();
                view.setScale(band.moveWindowTo(view.getScale(), e.getX() - TimelineMetrics.GUTTER + bandGrabOffset));
            }
            case LEGEND -> { }
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (pressedIn == Region.BODY && !dragged && e.getButton() == MouseButton.PRIMARY) {
            Optional<ItemBox> cluster = view.clusterAtCanvas(e.getX(), e.getY());
            Optional<PlacedLabel> count = cluster.isPresent() ? Optional.empty()
                    : skin.countAt(e.getX(), e.getY());
            if (cluster.isPresent()) {
                view.zoomInto(cluster.get());
            } else if (count.isPresent()) {
                view.zoomIntoCount(count.get());
            } else if (!view.isPreview()) {
                // A preview's events have no detail, table row or map mark yet: selecting waits for the dataset.
                Optional<String> hit = view.eventAtCanvas(e.getX(), e.getY());
                view.state().selectedEventProperty().set(hit.orElse(null));
            }
        } else if (pressedIn == Region.BAND && !dragged && e.getButton() == MouseButton.PRIMARY && !view.isPreview()) {
            // A background event's bar is selected as its card would be ("2014 · Annexation of Crimea" had
            // to be found in the table); the press has already brought the window to it. The band's empty
            // parts only move the window, as before.
            skin.bandMarkAt(e.getX(), e.getY()).ifPresent(id -> view.state().selectedEventProperty().set(id));
        }
        pressedIn = null;
        e.consume();
    }

    private void moved(MouseEvent e) {
        Optional<ItemBox> cluster = regionAt(e.getY()) == Region.BODY ? view.clusterAtCanvas(e.getX(), e.getY())
                : Optional.empty();
        if (cluster.isPresent()) {
            TimeRange range = TimelineLayout.rangeOf(cluster.get(), view.getScale());
            String period = CLUSTER_DAY.format(range.start().atZone(view.axisZone())) + " – "
                    + CLUSTER_DAY.format(range.end().atZone(view.axisZone()));
            tooltip.showForCluster(cluster.get(), period, canvas, e.getScreenX(), e.getScreenY());
            return;
        }
        Optional<PlacedLabel> count = regionAt(e.getY()) == Region.BODY
                ? skin.countAt(e.getX(), e.getY()) : Optional.empty();
        if (count.isPresent()) {
            tooltip.showForCount(count.get(), canvas, e.getScreenX(), e.getScreenY());
            return;
        }
        Region region = regionAt(e.getY());
        // A bar of the band is named as a card is, so a click on it is not a guess.
        Optional<String> hit = region == Region.BODY ? view.eventAtCanvas(e.getX(), e.getY())
                : region == Region.BAND && !view.isPreview() ? skin.bandMarkAt(e.getX(), e.getY()) : Optional.empty();
        if (hit.isPresent()) {
            tooltip.showFor(hit.get(), canvas, e.getScreenX(), e.getScreenY());
        } else {
            hideTooltip();
        }
    }

    private void hideTooltip() {
        tooltip.hide();
    }

    /**
     * The platform's conventions: the wheel scrolls the lanes, Ctrl/⌘ + wheel zooms about the
     * pointer, Shift + wheel and a trackpad's sideways swipe pan through time.
     */
    private void scrolled(ScrollEvent e) {
        hideTooltip();
        if (e.isControlDown() || e.isMetaDown()) {
            double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            double x = Math.max(0, e.getX() - TimelineMetrics.GUTTER);
            view.zoomAbout(x, Math.pow(WHEEL_ZOOM_PER_PIXEL, delta));
        } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            // Some platforms turn Shift+wheel into a sideways delta themselves, others do not.
            view.panBy(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY());
        } else if (e.getDeltaY() != 0) {
            view.scrollBy(-e.getDeltaY());
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        if (Double.isFinite(e.getZoomFactor()) && e.getZoomFactor() > 0) {
            view.zoomAbout(Math.max(0, e.getX() - TimelineMetrics.GUTTER), e.getZoomFactor());
        }
        e.consume();
    }

    /** How far Shift+arrow pans, in pixels: a sixth of a typical view. */
    private static final double KEY_PAN = 160;

    private void keyPressed(KeyEvent e) {
        boolean handled = true;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> view.zoomIn();
            case MINUS, SUBTRACT -> view.zoomOut();
            case UP -> view.scrollBy(-KEY_SCROLL);
            case DOWN -> view.scrollBy(KEY_SCROLL);
            // Plain arrows step through events; with Shift they pan the view instead.
            case LEFT -> {
                if (e.isShiftDown()) {
                    view.panBy(KEY_PAN);
                } else {
                    view.state().step(-1);
                }
            }
            case RIGHT -> {
                if (e.isShiftDown()) {
                    view.panBy(-KEY_PAN);
                } else {
                    view.state().step(1);
                }
            }
            case HOME -> view.selectEnd(false);
            case END -> view.selectEnd(true);
            case ESCAPE -> view.state().selectedEventProperty().set(null);
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }
}
