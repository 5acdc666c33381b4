package org.parley.render.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.layout.ItemBox;
import org.parley.layout.LaneMode;
import org.parley.layout.TimeScale;
import org.parley.layout.TimelineLayout;
import org.parley.model.Event;
import org.parley.model.Precision;
import org.parley.model.TimeSpan;
import org.parley.seed.BundledSeeds;

/** The whole range as one figure, as {@code export-image --range all} draws it. */
class WholeRangeSceneTest {

    private static Event at(Event e, String start, Precision precision) {
        return new Event(e.id(), e.title(), e.summary(), TimeSpan.parse(start, "", precision, e.time().zone()),
                e.order(), e.place(), e.refers(), e.kind(), e.cameo(), e.track(), e.actors(), e.evidence(),
                e.inferred(), e.note(), e.modality());
    }

    /**
     * Events from the year 0 to 9999 (a dataset may hold both): the scale had stopped at two years a
     * pixel, so the figure ended near the year 2750 and the events after it were left out unsaid.
     */
    @Test
    void aRangeOfTenThousandYearsIsDrawnWhole() {
        List<Event> events = new ArrayList<>(BundledSeeds.dataset().events());
        events.set(0, at(events.get(0), "0000", Precision.YEAR));
        events.set(1, at(events.get(1), "9999-12-31", Precision.DAY));
        ZoneId zone = ZoneId.of("Europe/Brussels");
        Map<String, Event> byId = events.stream().collect(Collectors.toMap(Event::id, Function.identity()));
        TimelineLayout layout = TimelineLayout.of(events, LaneMode.TRACK, zone);
        TimelineScene scene = TimelineScene.wholeRange(layout, 1600, zone, byId::get, Decorations.SCREEN);
        TimeScale scale = scene.scale();
        double itemsWidth = 1600 - TimelineMetrics.GUTTER;
        for (ItemBox b : layout.all(scale)) {
            assertTrue(b.x0() >= -1 && b.x1() <= itemsWidth + 1,
                    b.eventId() + " lies outside the figure: " + b.x0() + "–" + b.x1() + " of " + itemsWidth);
        }
        // A week still fits as before: the fit for screens, not coarser.
        TimelineLayout week = TimelineLayout.of(BundledSeeds.dataset().events(), LaneMode.TRACK, zone);
        TimeScale fit = TimeScale.fit(week.fullRange().orElseThrow().start(), week.fullRange().orElseThrow().end(),
                itemsWidth, TimelineMetrics.FIT_PADDING);
        TimeScale whole = TimelineScene.wholeRange(week, 1600, zone, byId::get, Decorations.SCREEN).scale();
        assertTrue(fit.equals(whole), fit + " / " + whole);
    }
}
