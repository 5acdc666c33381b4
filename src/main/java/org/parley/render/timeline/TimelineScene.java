package org.parley.render.timeline;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.parley.layout.LegendEntries;
import org.parley.layout.TimeRange;
import org.parley.layout.TimeScale;
import org.parley.layout.TimelineLayout;
import org.parley.model.Event;
import org.parley.render.Sized;

/**
 * Everything one timeline frame shows, as plain values: the screen builds one per redraw from
 * its state, an exporter builds one for the whole range. {@code scale} maps time to x within the
 * item area (right of the gutter); {@code scrollY} is how far the lanes are scrolled.
 *
 * @param axisZone    the calendar the axis, grid and week band are drawn in
 * @param eventOf     an event by id, for its kind and title
 * @param highlighted events to ring in the highlight colour (selected actor's or place's, search hits)
 * @param dimmed      events drawn faded
 * @param focus       the dataset's focus, shaded so it stays findable when zoomed out; or null
 */
public record TimelineScene(TimelineLayout layout, TimeScale scale, ZoneId axisZone, double width, double height,
                            double scrollY, Function<String, Event> eventOf, String selectedId,
                            Set<String> highlighted, Set<String> dimmed, Decorations decorations, TimeRange focus,
                            Function<String, String> notReporting)
        implements Sized {

    /** A scene whose events are all reporting. */
    public TimelineScene(TimelineLayout layout, TimeScale scale, ZoneId axisZone, double width, double height,
                         double scrollY, Function<String, Event> eventOf, String selectedId,
                         Set<String> highlighted, Set<String> dimmed, Decorations decorations, TimeRange focus) {
        this(layout, scale, axisZone, width, height, scrollY, eventOf, selectedId, highlighted, dimmed, decorations,
                focus, id -> null);
    }

    /** A scene with no focus shaded. */
    public TimelineScene(TimelineLayout layout, TimeScale scale, ZoneId axisZone, double width, double height,
                         double scrollY, Function<String, Event> eventOf, String selectedId,
                         Set<String> highlighted, Set<String> dimmed, Decorations decorations) {
        this(layout, scale, axisZone, width, height, scrollY, eventOf, selectedId, highlighted, dimmed, decorations,
                null);
    }

    /** The same scene with {@code range} shaded as the focus (null: none). */
    public TimelineScene withFocus(TimeRange range) {
        return new TimelineScene(layout, scale, axisZone, width, height, scrollY, eventOf, selectedId, highlighted,
                dimmed, decorations, range, notReporting);
    }

    /**
     * The same scene, where {@code notReporting} names what an event known only from a caption or a
     * headline is known from ("photo caption"), and null for reporting: its bar or card says so.
     * Asked only of the items drawn.
     */
    public TimelineScene withNotReporting(Function<String, String> notReporting) {
        return new TimelineScene(layout, scale, axisZone, width, height, scrollY, eventOf, selectedId, highlighted,
                dimmed, decorations, focus, notReporting);
    }

    public TimelineScene {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(axisZone, "axisZone");
        Objects.requireNonNull(eventOf, "eventOf");
        highlighted = highlighted == null ? Set.of() : highlighted;
        dimmed = dimmed == null ? Set.of() : dimmed;
        decorations = decorations == null ? Decorations.SCREEN : decorations;
        notReporting = notReporting == null ? id -> null : notReporting;
    }

    /**
     * The whole laid-out range across {@code width} pixels, every lane at full height: what an
     * exporter paints. The height follows from the lanes and decorations.
     */
    public static TimelineScene wholeRange(TimelineLayout layout, double width, ZoneId axisZone,
                                           Function<String, Event> eventOf, Decorations decorations) {
        Decorations d = new Decorations(decorations.title(), decorations.credit(), decorations.legend(), true);
        double itemsWidth = Math.max(1, width - TimelineMetrics.GUTTER);
        TimeRange range = layout.fullRange().orElseThrow(() -> new IllegalArgumentException("nothing to draw"));
        TimeScale scale = TimeScale.whole(range.start(), range.end(), itemsWidth, TimelineMetrics.FIT_PADDING);
        double height = d.headerHeight() + TimelineMetrics.AXIS_HEIGHT + layout.height()
                + footerHeight(d, width, layout.legendEntries());
        return new TimelineScene(layout, scale, axisZone, width, height, 0, eventOf, null, Set.of(), Set.of(), d);
    }

    /** Top of the lanes: below the title and the axis. */
    public double bodyTop() {
        return decorations.headerHeight() + TimelineMetrics.AXIS_HEIGHT;
    }

    /** Height the lanes get: what is left between the axis and the footer. */
    public double bodyHeight() {
        return Math.max(0, height - bodyTop() - footerHeight(decorations, width, layout.legendEntries()));
    }

    static double footerHeight(Decorations d, double width, LegendEntries entries) {
        return (d.legend() ? LegendPainter.height(width, entries) : 0) + (d.credit() == null ? 0 : TimelineMetrics.CREDIT_HEIGHT);
    }
}
