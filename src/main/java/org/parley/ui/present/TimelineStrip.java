package org.parley.ui.present;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * The strip under a slide that shows where in the story the step is: the talks week with the
 * step's event ringed, or — for the background going back to 1990 — the whole span of the deck.
 * The lanes scroll so the ringed event is in view. Plain render code, no toolkit.
 */
final class TimelineStrip {

    private final ZoneId zone;
    private final Optional<DateRange> focus;
    private final TimelineLayout layout;
    private final Map<String, Event> byId;
    private final TimelinePainter painter = new TimelinePainter();

    /** @param zone the dataset's display zone; @param focus its focus period (the talks week), if any */
    TimelineStrip(List<Event> deck, ZoneId zone, Optional<DateRange> focus) {
        this.zone = zone;
        this.focus = focus;
        this.layout = TimelineLayout.of(deck, LaneMode.TRACK, zone);
        this.byId = deck.stream().collect(Collectors.toUnmodifiableMap(Event::id, Function.identity()));
    }

    /** The scene for a strip of {@code width} × {@code height} (logical pixels) with {@code selected} ringed. */
    TimelineScene scene(Event selected, double width, double height) {
        TimeRange range = rangeFor(selected);
        double itemsWidth = Math.max(1, width - TimelineMetrics.GUTTER);
        TimeScale scale = TimeScale.fit(range.start(), range.end(), itemsWidth, TimelineMetrics.FIT_PADDING);
        TimelineScene unscrolled = new TimelineScene(layout, scale, zone, width, height, 0, byId::get,
                selected.id(), Set.of(), Set.of(), Decorations.SCREEN);
        double body = unscrolled.bodyHeight();
        double scroll = layout.boxesOf(selected.id(), scale).stream().findFirst()
                .map(b -> centredScroll(b, body)).orElse(0.0);
        return new TimelineScene(layout, scale, zone, width, height, scroll, byId::get, selected.id(),
                Set.of(), Set.of(), Decorations.SCREEN);
    }

    private double centredScroll(ItemBox box, double body) {
        double ideal = (box.y0() + box.y1()) / 2 - body / 2;
        return Math.max(0, Math.min(Math.max(0, layout.height() - body), ideal));
    }

    private TimeRange rangeFor(Event event) {
        TimeRange whole = layout.fullRange().orElseThrow();
        TimeRange week = focus.map(f -> new TimeRange(f.startIn(zone), f.endIn(zone))).orElse(whole);
        boolean inWeek = !event.time().startInstant().isBefore(week.start())
                && !event.time().endInstant().isAfter(week.end());
        return inWeek ? week : whole;
    }

    /** Paints the strip at {@code zoom} (type and rows grow with the window), filling {@code width} × {@code height}. */
    void paint(Painter p, Event selected, double width, double height, double zoom, Theme theme) {
        p.save();
        p.scale(zoom, zoom);
        painter.paint(p, scene(selected, width / zoom, height / zoom), theme);
        p.restore();
    }
}
