package org.parley.render.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.parley.layout.LaneMode;
import org.parley.layout.TimeRange;
import org.parley.layout.TimeScale;
import org.parley.layout.TimelineLayout;
import org.parley.model.Dataset;
import org.parley.model.DateRange;

/** Scenes of the bundled week fitted to a frame, as the screen first shows it. */
final class WeekScenes {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private WeekScenes() {
    }

    static TimelineScene week(Dataset data, double width, double height, String selectedId, Set<String> highlighted) {
        return week(data, LaneMode.TRACK, width, height, selectedId, highlighted);
    }

    static TimelineScene week(Dataset data, LaneMode mode, double width, double height, String selectedId,
                              Set<String> highlighted) {
        TimelineLayout layout = TimelineLayout.of(data, mode, null);
        DateRange focus = data.focus().orElseThrow();
        Instant from = focus.startIn(BRUSSELS);
        Instant to = focus.endIn(BRUSSELS);
        TimeScale scale = TimeScale.fit(from, to, width - TimelineMetrics.GUTTER, TimelineMetrics.FIT_PADDING);
        return new TimelineScene(layout, scale, BRUSSELS, width, height, 0, id -> data.event(id).orElse(null),
                selectedId, highlighted, Set.of(), Decorations.SCREEN, new TimeRange(from, to));
    }
}
