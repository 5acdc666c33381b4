package org.parley.ui.present;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.layout.ItemBox;
import org.parley.layout.LaneMode;
import org.parley.layout.PlacedLabel;
import org.parley.layout.TimeRange;
import org.parley.layout.TimeScale;
import org.parley.layout.TimelineLayout;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.render.Painter;
import org.parley.render.Theme;
import org.parley.render.timeline.Decorations;
import org.parley.render.timeline.TimelineMetrics;
import org.parley.render.timeline.TimelinePainter;
import org.parley.render.timeline.TimelineScene;

/**
 * The strip under a slide that shows where in the story the step is: for a step of the talks, the
 * days of its period with its event marked and named ({@link DayStrip}); for a context step, the
 * context band, the long run of time with the background the step gathers marked and its stretch
 * framed ({@link ContextBandStrip}). An event longer than a week and outside the focus, which no
 * run of days can show, and "what comes next", dated after the week, are drawn on the explorer's
 * timeline over their own span. Plain render
 * code, no toolkit.
 */
final class TimelineStrip {

    private final ZoneId zone;
    private final TimeRange focus;
    private final TimelineLayout layout;
    private final Map<String, Event> byId;
    private final TimelinePainter painter = TimelinePainter.forSlide();
    private final DayStrip days;
    /** Empty when the deck has no background before its focus, so no step is a context step. */
    private final Optional<ContextBandStrip> band;
    /** The events the band holds: a context step of what comes after the week is not drawn on it. */
    private final Set<String> onTheBand;

    /** @param zone the dataset's display zone; @param focus its focus period (the talks week), if any */
    TimelineStrip(List<Event> deck, ZoneId zone, Optional<DateRange> focus) {
        this(deck, zone, focus, Optional.empty());
    }

    /** @param kept the days a time filter keeps, if one chose the deck: the day strip greys the others */
    TimelineStrip(List<Event> deck, ZoneId zone, Optional<DateRange> focus, Optional<DateRange> kept) {
        this.zone = zone;
        this.focus = focus.map(f -> new TimeRange(f.startIn(zone), f.endIn(zone))).orElse(null);
        this.layout = TimelineLayout.of(deck, LaneMode.TRACK, zone);
        if (deck.isEmpty()) {
            throw new IllegalArgumentException("a strip needs events");
        }
        this.days = new DayStrip(deck, focus, kept);
        this.byId = deck.stream().collect(Collectors.toUnmodifiableMap(Event::id, Function.identity()));
        List<Event> background = focus.map(f -> deck.stream()
                .filter(e -> Steps.part(e, f) == Steps.Part.BACKGROUND).toList()).orElse(List.of());
        this.band = background.isEmpty() ? Optional.empty()
                : Optional.of(new ContextBandStrip(background, zone, focus));
        this.onTheBand = background.stream().map(Event::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The band a context step is drawn on, if the deck has background. */
    Optional<ContextBandStrip> band() {
        return band;
    }

    /** The labels the strip last drew on the explorer's timeline, for tests of what a room can read. */
    List<PlacedLabel> lastLabels() {
        return painter.lastLabels();
    }

    /** The axis's texts the strip last drew on the explorer's timeline, for tests. */
    List<String> lastAxisTexts() {
        return painter.lastAxisTexts();
    }

    /** The day strip, for tests of what it drew. */
    DayStrip days() {
        return days;
    }

    /**
     * The explorer's timeline scene for a strip of {@code width} × {@code height} (logical pixels)
     * over the step's own span: what an event no run of days can show is drawn on.
     */
    TimelineScene scene(Step step, double width, double height) {
        TimelineLayout layout = layoutFor(step);
        TimeRange range = rangeFor(step);
        Event selected = step.isContext() ? step.context().get(0) : step.event();
        String ringed = step.isContext() ? null : selected.id();
        double itemsWidth = Math.max(1, width - TimelineMetrics.GUTTER);
        TimeScale scale = TimeScale.fit(range.start(), range.end(), itemsWidth, TimelineMetrics.FIT_PADDING);
        TimelineScene unscrolled = new TimelineScene(layout, scale, zone, width, height, 0, byId::get,
                ringed, Set.of(), Set.of(), Decorations.SCREEN);
        double body = unscrolled.bodyHeight();
        double scroll = layout.boxesOf(selected.id(), scale).stream().findFirst()
                .map(b -> centredScroll(layout, b, body)).orElse(0.0);
        Set<String> highlighted = step.isContext()
                ? step.context().stream().map(Event::id).collect(Collectors.toSet()) : Set.of();
        return new TimelineScene(layout, scale, zone, width, height, scroll, byId::get, ringed,
                highlighted, Set.of(), Decorations.SCREEN, focus);
    }

    /**
     * The lanes a step drawn on the explorer's timeline is placed in: a context step's events alone,
     * so "what comes next" shows each of its lanes rather than the one the story's lanes leave in view.
     */
    private TimelineLayout layoutFor(Step step) {
        return step.isContext() ? TimelineLayout.of(step.context(), LaneMode.TRACK, zone) : layout;
    }

    /**
     * The height in px, at {@code zoom}, that shows every lane of a step drawn on the explorer's
     * timeline; 0 for a step drawn on the days or the context band, whose strips fit any height.
     */
    double heightShowingAll(Step step, double zoom) {
        if (!step.isContext() || drawnOnTheBand(step)) {
            return 0;
        }
        return (TimelineMetrics.AXIS_HEIGHT + layoutFor(step).height()) * zoom;
    }

    private double centredScroll(TimelineLayout layout, ItemBox box, double body) {
        double ideal = (box.y0() + box.y1()) / 2 - body / 2;
        return Math.max(0, Math.min(Math.max(0, layout.height() - body), ideal));
    }

    private TimeRange rangeFor(Step step) {
        if (step.isContext()) {
            Instant start = step.context().stream().map(e -> e.time().startInstant()).min(Instant::compareTo)
                    .orElseThrow();
            Instant end = step.context().stream().map(e -> e.time().endInstant()).max(Instant::compareTo)
                    .orElseThrow();
            return new TimeRange(start, end);
        }
        Event event = step.event();
        return new TimeRange(event.time().startInstant(), event.time().endInstant());
    }

    /** Whether the step is drawn on the context band: "what comes next", dated after the week, is not. */
    boolean drawnOnTheBand(Step step) {
        return step.isContext() && band.isPresent() && step.context().stream().anyMatch(e -> onTheBand.contains(e.id()));
    }

    /** Paints the strip at {@code zoom} (type and rows grow with the window), filling {@code width} × {@code height}. */
    void paint(Painter p, Step step, double width, double height, double zoom, Theme theme) {
        p.save();
        p.scale(zoom, zoom);
        Optional<List<LocalDate>> period = step.isContext() ? Optional.empty() : days.period(step.event());
        if (drawnOnTheBand(step)) {
            band.get().paint(p, step.context(), width / zoom, height / zoom, theme);
        } else if (period.isPresent()) {
            days.paint(p, step.event(), period.get(), width / zoom, height / zoom, theme);
        } else {
            // The slide's type, as every text on a slide: a title longer than its bar ends after a
            // whole word with "…", and the step lists every title whole above the strip. The type had
            // given way to hold the titles, down to half a slide's, which a room cannot read.
            painter.paint(p, scene(step, width / zoom, height / zoom), theme);
        }
        p.restore();
    }
}
