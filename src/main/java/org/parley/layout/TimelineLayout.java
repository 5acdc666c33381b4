package org.parley.layout;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Precision;

/**
 * Lanes and rows for a set of events, computed once per (events, lane mode, display zone); each
 * frame then asks only for what a {@link TimeScale} shows. Items are kept per row in start order;
 * because items in a row never overlap, their ends are sorted too, so the visible slice of a row
 * is found by binary search and no frame looks at items outside the viewport.
 *
 * <p>Within a lane, items known to the day or finer are packed first; month-or-coarser items get
 * rows of their own below them, so a decade-long background range does not push every day of the
 * week down a row.
 */
public final class TimelineLayout {

    private final RowGeometry geometry;
    private final List<Event> events;
    private final List<Lane> lanes;
    private final double height;

    // Per row (global index, lanes in order, rows in order): its lane, row within lane, item slice.
    private final int[] rowLane;
    private final int[] rowInLane;
    private final int[] rowFrom;
    private final double[] rowTop;

    // Per item, grouped by row and sorted by start within it.
    private final long[] itemStart;
    private final long[] itemEnd;
    private final int[] itemEvent;

    private final Map<String, Integer> eventIndex = new HashMap<>();
    private final int[][] itemsOfEvent;
    private final String[] narrative;
    private final int[] narrativeRank;
    private final long minStart;
    private final long maxEnd;
    private final PlaceLanes places;

    private TimelineLayout(List<Event> events, LaneMode mode, ZoneId displayZone, Function<String, String> nameOf,
                           boolean includeEmptyLanes, RowGeometry geometry, PlaceLanes places) {
        this.geometry = geometry;
        this.places = mode == LaneMode.PLACE ? places : PlaceLanes.NONE;
        this.events = List.copyOf(events);
        int n = this.events.size();
        DrawnSpan[] spans = new DrawnSpan[n];
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Event e = this.events.get(i);
            if (eventIndex.put(e.id(), i) != null) {
                throw new IllegalArgumentException("duplicate event id " + e.id());
            }
            spans[i] = DrawnSpan.of(e, displayZone);
            lo = Math.min(lo, spans[i].start());
            hi = Math.max(hi, spans[i].end());
        }
        minStart = lo;
        maxEnd = hi;

        LaneKeys keys = new LaneKeys(mode, this.places);
        List<String> laneKeys = keys.order(LaneKeys.count(this.events, keys), includeEmptyLanes);
        Map<String, Integer> laneOfKey = new HashMap<>();
        List<List<Integer>> laneEvents = new ArrayList<>();
        for (String k : laneKeys) {
            laneOfKey.put(k, laneOfKey.size());
            laneEvents.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (String k : keys.of(this.events.get(i))) {
                laneEvents.get(laneOfKey.get(k)).add(i);
            }
        }

        Comparator<Integer> packOrder = Comparator.<Integer>comparingLong(i -> spans[i].start())
                .thenComparingInt(i -> this.events.get(i).order())
                .thenComparing(i -> this.events.get(i).id());
        List<int[]> rowsOfItems = new ArrayList<>();   // {lane, rowInLane, event}, later grouped
        List<Lane> laneList = new ArrayList<>();
        List<Integer> laneRowCounts = new ArrayList<>();
        double y = 0;
        for (int lane = 0; lane < laneKeys.size(); lane++) {
            List<Integer> precise = new ArrayList<>();
            List<Integer> soft = new ArrayList<>();
            for (int i : laneEvents.get(lane)) {
                (DrawnSpan.isSoft(this.events.get(i).time().precision()) ? soft : precise).add(i);
            }
            int preciseRows = packInto(precise, 0, lane, spans, packOrder, rowsOfItems);
            int rows = preciseRows + packInto(soft, preciseRows, lane, spans, packOrder, rowsOfItems);
            double h = 2 * geometry.lanePadding() + Math.max(1, rows) * geometry.rowHeight();
            String key = laneKeys.get(lane);
            laneList.add(new Lane(key, keys.label(key, nameOf), y, h, rows));
            laneRowCounts.add(rows);
            y += h;
        }
        lanes = List.copyOf(laneList);
        height = y;

        int totalRows = laneRowCounts.stream().mapToInt(Integer::intValue).sum();
        int[] firstRowOfLane = new int[lanes.size()];
        rowLane = new int[totalRows];
        rowInLane = new int[totalRows];
        rowTop = new double[totalRows];
        for (int lane = 0, r = 0; lane < lanes.size(); lane++) {
            firstRowOfLane[lane] = r;
            for (int k = 0; k < laneRowCounts.get(lane); k++, r++) {
                rowLane[r] = lane;
                rowInLane[r] = k;
                rowTop[r] = lanes.get(lane).y() + geometry.lanePadding() + k * geometry.rowHeight();
            }
        }
        int items = rowsOfItems.size();
        Integer[] byRow = new Integer[items];
        for (int i = 0; i < items; i++) {
            byRow[i] = i;
        }
        int[] globalRow = new int[items];
        for (int i = 0; i < items; i++) {
            int[] it = rowsOfItems.get(i);
            globalRow[i] = firstRowOfLane[it[0]] + it[1];
        }
        Arrays.sort(byRow, Comparator.<Integer>comparingInt(i -> globalRow[i])
                .thenComparingLong(i -> spans[rowsOfItems.get(i)[2]].start()));
        itemStart = new long[items];
        itemEnd = new long[items];
        itemEvent = new int[items];
        rowFrom = new int[totalRows + 1];
        List<List<Integer>> perEvent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perEvent.add(new ArrayList<>(1));
        }
        int[] rowCount = new int[totalRows];
        for (int k = 0; k < items; k++) {
            int src = byRow[k];
            int ev = rowsOfItems.get(src)[2];
            itemStart[k] = spans[ev].start();
            itemEnd[k] = spans[ev].end();
            itemEvent[k] = ev;
            rowCount[globalRow[src]]++;
            perEvent.get(ev).add(k);
        }
        for (int r = 0; r < totalRows; r++) {
            rowFrom[r + 1] = rowFrom[r] + rowCount[r];
        }
        itemsOfEvent = new int[n][];
        for (int i = 0; i < n; i++) {
            itemsOfEvent[i] = perEvent.get(i).stream().mapToInt(Integer::intValue).toArray();
        }

        narrative = narrativeOrder(this.events);
        narrativeRank = new int[n];
        for (int r = 0; r < n; r++) {
            narrativeRank[eventIndex.get(narrative[r])] = r;
        }
    }

    /** The ids in {@link Dataset#NARRATIVE_ORDER}, the order the story is told and stepped through. */
    private static String[] narrativeOrder(List<Event> events) {
        return events.stream().sorted(Dataset.NARRATIVE_ORDER).map(Event::id).toArray(String[]::new);
    }

    private static int packInto(List<Integer> group, int firstRow, int lane, DrawnSpan[] spans,
                                Comparator<Integer> order, List<int[]> out) {
        group.sort(order);
        long[] starts = new long[group.size()];
        long[] ends = new long[group.size()];
        for (int k = 0; k < group.size(); k++) {
            starts[k] = spans[group.get(k)].start();
            ends[k] = spans[group.get(k)].end();
        }
        int[] rows = RowPacker.pack(starts, ends);
        for (int k = 0; k < group.size(); k++) {
            out.add(new int[] {lane, firstRow + rows[k], group.get(k)});
        }
        return rows[group.size()];
    }

    /**
     * @param displayZone the zone whose calendar day columns are drawn in, or null to draw each
     *                    event on its own zone's calendar (the venue's local time)
     * @param nameOf      the label of an actor or place lane from its id
     */
    public static TimelineLayout of(List<Event> events, LaneMode mode, ZoneId displayZone,
                                    Function<String, String> nameOf, boolean includeEmptyLanes, RowGeometry geometry) {
        return of(events, mode, displayZone, nameOf, includeEmptyLanes, geometry, PlaceLanes.NONE);
    }

    /** @param places which place's lane a venue shares (only used for lanes by place) */
    public static TimelineLayout of(List<Event> events, LaneMode mode, ZoneId displayZone,
                                    Function<String, String> nameOf, boolean includeEmptyLanes, RowGeometry geometry,
                                    PlaceLanes places) {
        return new TimelineLayout(events, mode, displayZone, nameOf, includeEmptyLanes, geometry, places);
    }

    public static TimelineLayout of(List<Event> events, LaneMode mode, ZoneId displayZone) {
        return of(events, mode, displayZone, Function.identity(), false, RowGeometry.DEFAULT);
    }

    /** Lanes labelled with the dataset's actor and place names. */
    public static TimelineLayout of(Dataset data, LaneMode mode, ZoneId displayZone) {
        Function<String, String> nameOf = switch (mode) {
            case TRACK -> Function.identity();
            case ACTOR -> id -> data.actor(id).map(a -> a.name()).orElse(id);
            case PLACE -> id -> data.place(id).map(p -> p.name()).orElse(id);
        };
        return of(data.events(), mode, displayZone, nameOf, false, RowGeometry.DEFAULT, PlaceLanes.of(data.places()));
    }

    /** An item's label: its title, named with its venue when it shares its city's lane. */
    public String itemTitle(Event e) {
        return places.itemTitle(e);
    }

    public List<Lane> lanes() {
        return lanes;
    }

    /** Total height of all lanes. */
    public double height() {
        return height;
    }

    public RowGeometry geometry() {
        return geometry;
    }

    /** The first start and last end of everything laid out, for "fit everything"; empty when nothing is. */
    public Optional<TimeRange> fullRange() {
        return events.isEmpty() ? Optional.empty()
                : Optional.of(new TimeRange(Instant.ofEpochMilli(minStart), Instant.ofEpochMilli(maxEnd)));
    }

    /** The items the viewport shows, lane by lane, row by row, in start order. */
    public List<ItemBox> visible(TimeScale scale) {
        return visible(scale, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** The items in the viewport whose rows intersect {@code [top, bottom)}, as when the lanes scroll. */
    public List<ItemBox> visible(TimeScale scale, double top, double bottom) {
        List<ItemBox> out = new ArrayList<>();
        int firstRow = Math.max(0, BinarySearch.upperBound(rowTop, top - geometry.rowHeight()));
        for (int r = firstRow; r < rowTop.length && rowTop[r] < bottom; r++) {
            for (int k = firstVisible(r, scale); k < rowFrom[r + 1]; k++) {
                if (!(scale.xOfMillis(itemStart[k]) < scale.width())) {
                    break;
                }
                out.add(box(k, r, scale));
            }
        }
        return out;
    }

    /** Every item, visible or not; for exports of the whole timeline, never per frame. */
    public List<ItemBox> all(TimeScale scale) {
        List<ItemBox> out = new ArrayList<>(itemStart.length);
        for (int r = 0; r < rowTop.length; r++) {
            for (int k = rowFrom[r]; k < rowFrom[r + 1]; k++) {
                out.add(box(k, r, scale));
            }
        }
        return out;
    }

    /** Every box of one event (one per lane it appears in), to highlight a selection. */
    public List<ItemBox> boxesOf(String eventId, TimeScale scale) {
        Integer ev = eventIndex.get(eventId);
        if (ev == null) {
            return List.of();
        }
        List<ItemBox> out = new ArrayList<>();
        for (int k : itemsOfEvent[ev]) {
            out.add(box(k, rowOfItem(k), scale));
        }
        return out;
    }

    /** The drawn time range of an event, to keep a selection in view. */
    public Optional<TimeRange> rangeOf(String eventId) {
        Integer ev = eventIndex.get(eventId);
        if (ev == null || itemsOfEvent[ev].length == 0) {
            return Optional.empty();
        }
        int k = itemsOfEvent[ev][0];
        return Optional.of(new TimeRange(Instant.ofEpochMilli(itemStart[k]), Instant.ofEpochMilli(itemEnd[k])));
    }

    /**
     * The event under a point: the item of the row at {@code y} whose box, widened by the hit slop,
     * contains {@code x}; the nearest one when two qualify, the earlier one on a tie.
     */
    public Optional<String> hitTest(double x, double y, TimeScale scale) {
        int r = BinarySearch.upperBound(rowTop, y) - 1;
        if (r < 0 || y >= rowTop[r] + rowHeightDrawn()) {
            return Optional.empty();
        }
        double slop = geometry.hitSlop();
        // First item whose right edge reaches x - slop; ends are sorted within a row.
        int lo = BinarySearch.first(rowFrom[r], rowFrom[r + 1], k -> !(scale.xOfMillis(itemEnd[k]) + slop < x));
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int k = lo; k < rowFrom[r + 1]; k++) {
            double x0 = scale.xOfMillis(itemStart[k]);
            if (x0 - slop > x) {
                break;
            }
            double distance = Math.max(0, Math.max(x0 - x, x - scale.xOfMillis(itemEnd[k])));
            if (distance < bestDistance) {
                best = k;
                bestDistance = distance;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(events.get(itemEvent[best]).id());
    }

    /** The event after this one in narrative order (time, then order within the day, then id). */
    public Optional<String> next(String eventId) {
        return step(eventId, 1);
    }

    public Optional<String> previous(String eventId) {
        return step(eventId, -1);
    }

    private Optional<String> step(String eventId, int delta) {
        Integer ev = eventIndex.get(eventId);
        if (ev == null) {
            return Optional.empty();
        }
        int r = narrativeRank[ev] + delta;
        return r < 0 || r >= narrative.length ? Optional.empty() : Optional.of(narrative[r]);
    }

    /** Narrative order of all events laid out. */
    public List<String> narrativeOrder() {
        return List.of(narrative);
    }

    private int firstVisible(int r, TimeScale scale) {
        return BinarySearch.first(rowFrom[r], rowFrom[r + 1], k -> scale.xOfMillis(itemEnd[k]) > 0);
    }

    private ItemBox box(int k, int r, TimeScale scale) {
        Precision p = events.get(itemEvent[k]).time().precision();
        double y0 = rowTop[r];
        return new ItemBox(events.get(itemEvent[k]).id(), rowLane[r], rowInLane[r],
                scale.xOfMillis(itemStart[k]), scale.xOfMillis(itemEnd[k]), y0, y0 + rowHeightDrawn(),
                DrawnSpan.isSoft(p), DrawnSpan.isPoint(p));
    }

    private double rowHeightDrawn() {
        return geometry.rowHeight() - geometry.rowGap();
    }

    private int rowOfItem(int k) {
        int r = BinarySearch.upperBound(rowFrom, k) - 1;
        // Skip empty rows sharing the same start offset.
        while (rowFrom[r + 1] <= k) {
            r++;
        }
        return r;
    }
}
