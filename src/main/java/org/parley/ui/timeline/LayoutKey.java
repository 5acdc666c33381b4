package org.parley.ui.timeline;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.parley.layout.LaneMode;
import org.parley.layout.RowGeometry;
import org.parley.model.Dataset;
import org.parley.model.Event;

/**
 * Everything a timeline layout depends on. The dataset and the filtered event list are compared
 * by identity: the explorer state makes a new list on every filter change and never mutates one.
 */
record LayoutKey(Dataset dataset, List<Event> events, LaneMode mode, ZoneId zone, RowGeometry geometry) {

    @Override
    public boolean equals(Object o) {
        return o instanceof LayoutKey k && k.dataset == dataset && k.events == events && k.mode == mode
                && Objects.equals(k.zone, zone) && k.geometry.equals(geometry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(dataset), System.identityHashCode(events), mode, zone, geometry);
    }
}
