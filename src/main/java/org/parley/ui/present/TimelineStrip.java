package org.parley.ui.present;

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
 * run of days can show, is drawn on the explorer's timeline over its own span; "what comes next",
 * dated after the week, on a strip of its weeks with every title whole ({@link WeeksStrip}). Plain
 * render code, no toolkit.
 */
final class TimelineStrip {

    private final ZoneId zone;
    private final TimeRange focus;
    private final TimelineLayout layout;
    private final Map<String, Event> byId;
    private final TimelinePainter painter = TimelinePainter.forSlide();
    private final DayStrip days;
    /** What a context step off the band is drawn on: "what comes next", dated after the week. */
    private final WeeksStrip weeks;
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
        this.weeks = new WeeksStrip(focus);
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

    /** The day strip, for tests of what it drew. */
    DayStrip days() {
        return days;
    }

    /** The strip of weeks "what comes next" is drawn on, for tests of what it drew. */
    WeeksStrip weeks() {
        return weeks;
    }

    /**
     * The explorer's timeline scene for a strip of {@code width} × {@code height} (logical pixels)
     * over an event step's own span: what an event no run of days can show is drawn on.
     */
    TimelineScene scene(Step step, double width, double height) {
        Event selected = step.event();
        TimeRange range = new TimeRange(selected.time().startInstant(), selected.time().endInstant());
        double itemsWidth = Math.max(1, width - TimelineMetrics.GUTTER);
        TimeScale scale = TimeScale.fit(range.start(), range.end(), itemsWidth, TimelineMetrics.FIT_PADDING);
        TimelineScene unscrolled = new TimelineScene(layout, scale, zone, width, height, 0, byId::get,
                selected.id(), Set.of(), Set.of(), Decorations.SCREEN);
        double body = unscrolled.bodyHeight();
        double scroll = layout.boxesOf(selected.id(), scale).stream().findFirst()
                .map(b -> centredScroll(layout, b, body)).orElse(0.0);
        return new TimelineScene(layout, scale, zone, width, height, scroll, byId::get, selected.id(),
                Set.of(), Set.of(), Decorations.SCREEN, focus);
    }

    /**
     * The height in px, at {@code zoom}, that shows every event of a step drawn on the strip of weeks,
     * each title whole on a strip {@code width} px wide (measured with {@code measure}, no more than
     * {@code most} px); for a step drawn on the days, what keeps its title clear of the blocks; 0 for
     * a step drawn on the context band or the explorer's timeline, whose strips fit any height.
     */
    double heightShowingAll(Step step, double width, double zoom, double most, Painter measure) {
        if (!step.isContext()) {
            return days.period(step.event())
                    .map(d -> days.heightShowingAll(step.event(), d) * zoom).orElse(0.0);
        }
        if (drawnOnTheBand(step)) {
            return 0;
        }
        return WeeksStrip.heightShowingAll(measure, step.context(), width / zoom, most / zoom) * zoom;
    }

    private double centredScroll(TimelineLayout layout, ItemBox box, double body) {
        double ideal = (box.y0() + box.y1()) / 2 - body / 2;
        return Math.max(0, Math.min(Math.max(0, layout.height() - body), ideal));
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
        } else if (step.isContext()) {
            weeks.paint(p, step.context(), width / zoom, height / zoom, theme);
        } else {
            // An event no run of days can show, on the explorer's timeline at the slide's type, as every
            // text on a slide: a title longer than its bar ends after a whole word with "…", and the step
            // names it whole above the strip.
            painter.paint(p, scene(step, width / zoom, height / zoom), theme);
        }
        p.restore();
    }
}
