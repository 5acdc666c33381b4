package org.parley.ui.timeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parley.layout.LaneMode;
import org.parley.layout.PlaceLanes;
import org.parley.layout.TimelineLayout;
import org.parley.model.Dataset;
import org.parley.model.Event;

/**
 * The last few timeline layouts, so zooming back and forth across the card threshold or
 * switching lane modes does not lay everything out again. Used only on the compute thread.
 */
final class LayoutCache {

    private static final int KEPT = 6;

    private final Map<LayoutKey, TimelineLayout> layouts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LayoutKey, TimelineLayout> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * The layout for a key. A filtered event list is laid out by restricting the layout of the
     * whole dataset (built once per lane mode, zone and card size), so a filter change costs one
     * pass over the items rather than a new packing.
     */
    synchronized TimelineLayout get(LayoutKey key) {
        TimelineLayout layout = layouts.get(key);
        if (layout != null) {
            return layout;
        }
        Dataset data = key.dataset();
        // The story's order is nearly the packing order, so the one sort the layout makes is cheap.
        List<Event> all = data == null ? null : data.eventsInNarrativeOrder();
        if (data != null && key.events() != all) {
            LayoutKey whole = new LayoutKey(data, all, key.mode(), key.zone(), key.geometry());
            layout = key.events().size() == all.size() ? get(whole) : get(whole).restrictedTo(key.events());
        } else {
            layout = TimelineLayout.of(key.events(), key.mode(), key.zone(), nameOf(data, key.mode()), false,
                    key.geometry(), data == null ? PlaceLanes.NONE : PlaceLanes.of(data.places()));
        }
        layouts.put(key, layout);
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
