package org.parley.ui.timeline;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.parley.layout.LaneMode;
import org.parley.layout.PlaceLanes;
import org.parley.layout.RowGeometry;
import org.parley.layout.TimelineLayout;
import org.parley.model.Dataset;
import org.parley.model.Event;

/**
 * Holds the timeline layout and rebuilds it only when its inputs change (events, lane mode,
 * zone), never per frame: frames only ask the layout what a scale shows.
 */
final class LayoutCache {

    private List<Event> events;
    private LaneMode mode;
    private ZoneId zone;
    private Dataset dataset;
    private TimelineLayout layout;

    /** @param zone the calendar day columns are drawn in; null for each event's own zone */
    TimelineLayout get(Dataset dataset, List<Event> events, LaneMode mode, ZoneId zone) {
        if (layout == null || events != this.events || mode != this.mode || dataset != this.dataset
                || !Objects.equals(zone, this.zone)) {
            this.events = events;
            this.mode = mode;
            this.zone = zone;
            this.dataset = dataset;
            layout = TimelineLayout.of(events, mode, zone, nameOf(dataset, mode), false, RowGeometry.DEFAULT,
                    dataset == null ? PlaceLanes.NONE : PlaceLanes.of(dataset.places()));
        }
        return layout;
    }

    private static Function<String, String> nameOf(Dataset data, LaneMode mode) {
        if (data == null) {
            return Function.identity();
        }
        return switch (mode) {
            case TRACK -> Function.identity();
            case ACTOR -> id -> id.isEmpty() ? "No actor" : data.actor(id).map(a -> a.name()).orElse(id);
            case PLACE -> id -> id.isEmpty() ? "No place" : data.place(id).map(p -> p.name()).orElse(id);
        };
    }
}
