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
import java.util.function.ToIntFunction;
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

    /** Items drawn narrower than this are merged with narrow neighbours into one cluster. */
    static final double CLUSTER_BELOW_PX = 3;
    /** Narrow items this close to a cluster join it. */
    static final double CLUSTER_GAP_PX = 2;
    /** Width of one cell of a density strip. */
    public static final double DENSITY_CELL_PX = 4;

    private final RowGeometry geometry;
    private final List<Event> events;
    private final List<Lane> lanes;
    private final double height;

    // Per row (global index, lanes in order, rows in order): its lane, row within lane, item slice.
    private final int[] rowLane;
    private final int[] rowInLane;
    private final int[] rowFrom;
    private final double[] rowTop;
    private final double[] rowHeight;

    // Per item, grouped by row and sorted by start within it.
    private final long[] itemStart;
    private final long[] itemEnd;
    private final int[] itemEvent;
    /** The latest end of a row's items up to each one: what the binary searches use, since dense rows overlap. */
    private final long[] itemEndMax;

    private final Map<String, Integer> eventIndex;
    /** Whether any event is known to the hour or minute: only then does the axis show clock time. */
    private final boolean clockTimes;
    /** What the key explains: the kinds and marks among the events drawn. */
    private final LegendEntries legendEntries;
    /** Each event's entries in the key, packed ({@link LegendEntries.Collector#bits}), shared with its restrictions. */
    private final int[] legendBits;
    /**
     * Each event's items: {@code eventItems[eventItemsFrom[ev] .. eventItemsFrom[ev + 1])}. Two
     * arrays rather than one per event, since a filter makes this anew for 100,000 events.
     */
    private final int[] eventItemsFrom;
    private final int[] eventItems;
    private final long minStart;
    private final long maxEnd;
    private final PlaceLanes places;
    /** Paper's day columns the items are placed on, or null for the even axis. */
    private final DayColumns columns;

    private TimelineLayout(List<Event> events, LaneMode mode, ZoneId displayZone, Function<String, String> nameOf,
                           boolean includeEmptyLanes, RowGeometry geometry, PlaceLanes places, DayColumns columns,
                           ToIntFunction<Event> cardLinesOf) {
        this.geometry = geometry;
        this.places = mode == LaneMode.PLACE ? places : PlaceLanes.NONE;
        this.columns = columns;
        this.events = List.copyOf(events);
        this.eventIndex = new HashMap<>();
        this.clockTimes = this.events.stream().anyMatch(e -> DrawnSpan.isPoint(e.time().precision()));
        int n = this.events.size();
        LegendEntries.Collector legend = new LegendEntries.Collector();
        legendBits = new int[n];
        for (int i = 0; i < n; i++) {
            legendBits[i] = LegendEntries.Collector.bits(this.events.get(i));
            legend.add(legendBits[i]);
        }
        this.legendEntries = legend.entries(geometry.dense());
        long[] start = new long[n];
        long[] end = new long[n];
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Event e = this.events.get(i);
            if (eventIndex.put(e.id(), i) != null) {
                throw new IllegalArgumentException("duplicate event id " + e.id());
            }
            DrawnSpan span = columns == null ? DrawnSpan.of(e, displayZone)
                    : columns.span(e, DrawnSpan.of(e, displayZone));
            start[i] = span.start();
            end[i] = span.end();
            lo = Math.min(lo, start[i]);
            hi = Math.max(hi, end[i]);
        }
        minStart = lo;
        maxEnd = hi;

        // One sort for every lane: events taken in this order go to their lanes already in packing order.
        Integer[] sorted = new Integer[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = i;
        }
        // A sub-column's cards share one span: they stack in their day's order, which for timed
        // cards is their time rather than their curated order.
        Arrays.sort(sorted, Comparator.<Integer>comparingLong(i -> start[i])
                .thenComparingInt(i -> columns == null ? 0 : columns.rank(this.events.get(i)))
                .thenComparingInt(i -> this.events.get(i).order())
                .thenComparing(i -> this.events.get(i).id()));

        LaneKeys keys = new LaneKeys(mode, this.places);
        List<String> laneKeys = keys.order(LaneKeys.count(this.events, keys), includeEmptyLanes);
        Map<String, Integer> laneOfKey = new HashMap<>();
        for (String k : laneKeys) {
            laneOfKey.put(k, laneOfKey.size());
        }
        int laneCount = laneKeys.size();
        Ints[] precise = new Ints[laneCount];
        Ints[] soft = new Ints[laneCount];
        for (int lane = 0; lane < laneCount; lane++) {
            precise[lane] = new Ints();
            soft[lane] = new Ints();
        }
        for (int i : sorted) {
            Event e = this.events.get(i);
            boolean isSoft = DrawnSpan.isSoft(e.time().precision());
            for (String k : keys.of(e)) {
                int lane = laneOfKey.get(k);
                (isSoft ? soft[lane] : precise[lane]).add(i);
            }
        }

        // Items come out lane by lane, row group by row group, each row's items in start order.
        Ints itemRow = new Ints();
        Ints itemEv = new Ints();
        List<Lane> laneList = new ArrayList<>();
        int[] laneRowCounts = new int[laneCount];
        int firstRow = 0;
        double y = 0;
        double[] heightOfRow = new double[16];
        for (int lane = 0; lane < laneCount; lane++) {
            int preciseRows = packInto(precise[lane], firstRow, start, end, itemRow, itemEv);
            int softRows = packInto(soft[lane], firstRow + preciseRows, start, end, itemRow, itemEv);
            int rows = preciseRows + softRows;
            if (heightOfRow.length < firstRow + rows) {
                heightOfRow = Arrays.copyOf(heightOfRow, Math.max(2 * heightOfRow.length, firstRow + rows));
            }
            double[] laneRows = rowHeights(preciseRows, softRows, firstRow, itemRow, itemEv, cardLinesOf);
            System.arraycopy(laneRows, 0, heightOfRow, firstRow, rows);
            double h = 2 * geometry.lanePadding() + (rows == 0 ? geometry.rowHeight() : Arrays.stream(laneRows).sum());
            String key = laneKeys.get(lane);
            laneList.add(new Lane(key, keys.label(key, nameOf), y, h, rows));
            laneRowCounts[lane] = rows;
            firstRow += rows;
            y += h;
        }
        lanes = List.copyOf(laneList);
        height = y;

        int totalRows = firstRow;
        rowLane = new int[totalRows];
        rowInLane = new int[totalRows];
        rowTop = new double[totalRows];
        rowHeight = new double[totalRows];
        for (int lane = 0, r = 0; lane < laneCount; lane++) {
            double top = lanes.get(lane).y() + geometry.lanePadding();
            for (int k = 0; k < laneRowCounts[lane]; k++, r++) {
                rowLane[r] = lane;
                rowInLane[r] = k;
                rowTop[r] = top;
                rowHeight[r] = heightOfRow[r];
                top += rowHeight[r];
            }
        }

        // Group items by row with a stable counting sort: within a row they already are in start order.
        int items = itemEv.size();
        rowFrom = new int[totalRows + 1];
        for (int k = 0; k < items; k++) {
            rowFrom[itemRow.get(k) + 1]++;
        }
        for (int r = 0; r < totalRows; r++) {
            rowFrom[r + 1] += rowFrom[r];
        }
        int[] next = Arrays.copyOf(rowFrom, totalRows);
        itemStart = new long[items];
        itemEnd = new long[items];
        itemEvent = new int[items];
        int[] itemsPerEvent = new int[n];
        for (int k = 0; k < items; k++) {
            int at = next[itemRow.get(k)]++;
            int ev = itemEv.get(k);
            itemStart[at] = start[ev];
            itemEnd[at] = end[ev];
            itemEvent[at] = ev;
            itemsPerEvent[ev]++;
        }
        eventItemsFrom = starts(itemsPerEvent);
        eventItems = grouped(itemEvent, eventItemsFrom);
        itemEndMax = runningMax(itemEnd, rowFrom);
    }

    /**
     * The heights of a lane's rows, just packed from {@code firstRow}: soft rows compact; card rows
     * as tall as {@code cardLinesOf} says their own cards need (at most the geometry's lines), so a
     * row of short titles on paper is not as tall as the page's longest; every precise row the
     * geometry's height when {@code cardLinesOf} is null (the screen).
     */
    private double[] rowHeights(int preciseRows, int softRows, int firstRow, Ints itemRow, Ints itemEv,
                                ToIntFunction<Event> cardLinesOf) {
        double[] heights = new double[preciseRows + softRows];
        Arrays.fill(heights, 0, preciseRows, geometry.preciseRowHeight());
        Arrays.fill(heights, preciseRows, heights.length, geometry.rowHeight());
        if (cardLinesOf == null || !geometry.cards() || preciseRows == 0) {
            return heights;
        }
        int[] lines = new int[preciseRows];
        for (int k = itemRow.size() - 1; k >= 0 && itemRow.get(k) >= firstRow; k--) {
            int row = itemRow.get(k) - firstRow;
            if (row < preciseRows) {
                lines[row] = Math.max(lines[row], cardLinesOf.applyAsInt(events.get(itemEv.get(k))));
            }
        }
        for (int row = 0; row < preciseRows; row++) {
            heights[row] = geometry.withCardLines(Math.max(1, Math.min(geometry.cardLines(), lines[row])))
                    .preciseRowHeight();
        }
        return heights;
    }

    /** Where each event's items start in {@link #eventItems}, from how many each has; one more entry ends the last. */
    private static int[] starts(int[] counts) {
        int[] from = new int[counts.length + 1];
        for (int i = 0; i < counts.length; i++) {
            from[i + 1] = from[i] + counts[i];
        }
        return from;
    }

    /** The items' indexes grouped by event, each group in item order. */
    private static int[] grouped(int[] itemEvent, int[] from) {
        int[] next = Arrays.copyOf(from, from.length - 1);
        int[] out = new int[itemEvent.length];
        for (int k = 0; k < itemEvent.length; k++) {
            out[next[itemEvent[k]]++] = k;
        }
        return out;
    }

    private static long[] runningMax(long[] ends, int[] rowFrom) {
        long[] out = new long[ends.length];
        for (int r = 0; r + 1 < rowFrom.length; r++) {
            long max = Long.MIN_VALUE;
            for (int k = rowFrom[r]; k < rowFrom[r + 1]; k++) {
                max = Math.max(max, ends[k]);
                out[k] = max;
            }
        }
        return out;
    }

    /** A growable list of ints, so a hundred thousand items are not a hundred thousand boxed Integers. */
    private static final class Ints {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }

    /**
     * The same layout with only some of its events: every kept item stays in its lane and row, so
     * nothing jumps when a filter changes, and rows and lanes left empty close up. Linear in the
     * number of items and free of sorting, which is what lets a filter reach the screen within a
     * frame or two even at a hundred thousand events.
     */
    private TimelineLayout(TimelineLayout full, boolean[] keep) {
        geometry = full.geometry;
        places = full.places;
        columns = full.columns;
        clockTimes = full.clockTimes;
        events = full.events;
        legendBits = full.legendBits;
        LegendEntries.Collector legend = new LegendEntries.Collector();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                legend.add(legendBits[i]);
            }
        }
        legendEntries = legend.entries(geometry.dense());
        eventIndex = full.eventIndex;
        int fullRows = full.rowTop.length;
        int[] keptInRow = new int[fullRows];
        int items = 0;
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int r = 0; r < fullRows; r++) {
            for (int k = full.rowFrom[r]; k < full.rowFrom[r + 1]; k++) {
                if (keep[full.itemEvent[k]]) {
                    keptInRow[r]++;
                    items++;
                    lo = Math.min(lo, full.itemStart[k]);
                    hi = Math.max(hi, full.itemEnd[k]);
                }
            }
        }
        minStart = lo;
        maxEnd = hi;
        int rows = 0;
        for (int r = 0; r < fullRows; r++) {
            rows += keptInRow[r] > 0 ? 1 : 0;
        }
        rowLane = new int[rows];
        rowInLane = new int[rows];
        rowTop = new double[rows];
        rowHeight = new double[rows];
        rowFrom = new int[rows + 1];
        itemStart = new long[items];
        itemEnd = new long[items];
        itemEvent = new int[items];
        int[] itemsPerEvent = new int[events.size()];
        List<Lane> laneList = new ArrayList<>();
        double y = 0;
        int r = 0;
        int k = 0;
        for (int fr = 0; fr < fullRows; ) {
            int lane = full.rowLane[fr];
            int firstRow = r;
            double top = y + geometry.lanePadding();
            for (; fr < fullRows && full.rowLane[fr] == lane; fr++) {
                if (keptInRow[fr] == 0) {
                    continue;
                }
                rowLane[r] = laneList.size();
                rowInLane[r] = r - firstRow;
                rowTop[r] = top;
                rowHeight[r] = full.rowHeight[fr];
                top += rowHeight[r];
                rowFrom[r] = k;
                for (int i = full.rowFrom[fr]; i < full.rowFrom[fr + 1]; i++) {
                    int ev = full.itemEvent[i];
                    if (keep[ev]) {
                        itemStart[k] = full.itemStart[i];
                        itemEnd[k] = full.itemEnd[i];
                        itemEvent[k] = ev;
                        itemsPerEvent[ev]++;
                        k++;
                    }
                }
                r++;
            }
            if (r > firstRow) {
                Lane was = full.lanes.get(lane);
                double h = top + geometry.lanePadding() - y;
                laneList.add(new Lane(was.key(), was.label(), y, h, r - firstRow));
                y += h;
            }
        }
        rowFrom[rows] = k;
        lanes = List.copyOf(laneList);
        height = y;
        eventItemsFrom = starts(itemsPerEvent);
        eventItems = grouped(itemEvent, eventItemsFrom);
        itemEndMax = runningMax(itemEnd, rowFrom);
    }

    /**
     * This layout restricted to {@code kept}, a subset of its events; ids it does not hold are
     * ignored. See {@link #TimelineLayout(TimelineLayout, boolean[])}.
     */
    public TimelineLayout restrictedTo(List<Event> kept) {
        boolean[] keep = new boolean[events.size()];
        // A filter keeps the story's events in the story's order, the order this layout holds them
        // in: one walk matching the same objects, instead of looking up tens of thousands of ids.
        int matched = 0;
        for (int i = 0; i < events.size() && matched < kept.size(); i++) {
            if (events.get(i) == kept.get(matched)) {
                keep[i] = true;
                matched++;
            }
        }
        for (int k = matched; k < kept.size(); k++) {
            Integer i = eventIndex.get(kept.get(k).id());
            if (i != null) {
                keep[i] = true;
            }
        }
        return new TimelineLayout(this, keep);
    }

    /** Packs one group (already in packing order) into rows from {@code firstRow}; returns the rows used. */
    private int packInto(Ints group, int firstRow, long[] start, long[] end, Ints itemRow, Ints itemEv) {
        int m = group.size();
        if (geometry.dense()) {
            // One row for the whole group: it is drawn as a density strip, so items may overlap.
            for (int k = 0; k < m; k++) {
                itemRow.add(firstRow);
                itemEv.add(group.get(k));
            }
            return m == 0 ? 0 : 1;
        }
        long[] starts = new long[m];
        long[] ends = new long[m];
        for (int k = 0; k < m; k++) {
            starts[k] = start[group.get(k)];
            ends[k] = end[group.get(k)];
        }
        int[] rows = RowPacker.pack(starts, ends);
        for (int k = 0; k < m; k++) {
            itemRow.add(firstRow + rows[k]);
            itemEv.add(group.get(k));
        }
        return rows[m];
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
        return new TimelineLayout(events, mode, displayZone, nameOf, includeEmptyLanes, geometry, places, null, null);
    }

    /**
     * Lanes by track on paper's day columns: every item placed in {@code columns}' column time, so a
     * scale over that time draws a day's cards side by side in its sub-columns (decision 0125).
     */
    public static TimelineLayout inColumns(List<Event> events, ZoneId displayZone, RowGeometry geometry,
                                           DayColumns columns) {
        return inColumns(events, displayZone, geometry, columns, null);
    }

    /**
     * As above, each row of cards as tall as the lines its own cards need.
     *
     * @param cardLinesOf the lines an event's card needs to print its title whole, or null for every
     *                    row of cards {@code geometry}'s height
     */
    public static TimelineLayout inColumns(List<Event> events, ZoneId displayZone, RowGeometry geometry,
                                           DayColumns columns, ToIntFunction<Event> cardLinesOf) {
        return new TimelineLayout(events, LaneMode.TRACK, displayZone, Function.identity(), false, geometry,
                PlaceLanes.NONE, columns, cardLinesOf);
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
        return itemStart.length == 0 ? Optional.empty()
                : Optional.of(new TimeRange(Instant.ofEpochMilli(minStart), Instant.ofEpochMilli(maxEnd)));
    }

    /** The items the viewport shows, lane by lane, row by row, in start order. */
    public List<ItemBox> visible(TimeScale scale) {
        return visible(scale, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * The items in the viewport whose rows intersect {@code [top, bottom)}, as when the lanes
     * scroll. Runs of items too narrow to tell apart come back as one cluster box each, so a frame
     * draws at most a few boxes per pixel column however many events the data holds.
     */
    public List<ItemBox> visible(TimeScale scale, double top, double bottom) {
        List<ItemBox> out = new ArrayList<>();
        int firstRow = Math.max(0, BinarySearch.upperBound(rowTop, top - geometry.preciseRowHeight()));
        for (int r = firstRow; r < rowTop.length && rowTop[r] < bottom; r++) {
            if (rowTop[r] + rowHeight[r] > top) {
                visibleInRow(r, scale, out);
            }
        }
        return out;
    }

    /** The visible items of one row in start order, narrow neighbours merged into clusters. */
    private void visibleInRow(int r, TimeScale scale, List<ItemBox> out) {
        if (geometry.dense()) {
            densityOfRow(r, scale, out);
            return;
        }
        ItemBox cluster = null;
        for (int k = firstVisible(r, scale); k < rowFrom[r + 1]; k++) {
            double x0 = scale.xOfMillis(itemStart[k]);
            if (!(x0 < scale.width())) {
                break;
            }
            double x1 = scale.xOfMillis(itemEnd[k]);
            boolean narrow = x1 - x0 < CLUSTER_BELOW_PX;
            if (narrow && cluster != null && x0 <= cluster.x1() + CLUSTER_GAP_PX) {
                cluster = cluster.widenedTo(Math.max(cluster.x1(), Math.max(x1, x0 + 1)), cluster.count() + 1);
                continue;
            }
            if (cluster != null) {
                out.add(cluster);
                cluster = null;
            }
            if (narrow) {
                cluster = box(k, r, scale);
            } else {
                out.add(box(k, r, scale));
            }
        }
        if (cluster != null) {
            out.add(cluster);
        }
    }

    /**
     * A dense row as cells of {@link #DENSITY_CELL_PX} pixels, each counting the items that cover
     * it; every cell is a cluster box standing for its items, named after the first of them.
     */
    private void densityOfRow(int r, TimeScale scale, List<ItemBox> out) {
        int cells = (int) Math.ceil(scale.width() / DENSITY_CELL_PX);
        // Counts as differences summed afterwards, and each cell's first item found through links
        // to the next cell still without one: a row of years-long items costs its items plus its
        // cells, not items times cells.
        int[] delta = new int[cells + 1];
        int[] first = new int[cells];
        int[] nextOpen = new int[cells + 1];
        for (int c = 0; c <= cells; c++) {
            nextOpen[c] = c;
        }
        for (int k = firstVisible(r, scale); k < rowFrom[r + 1]; k++) {
            double x0 = scale.xOfMillis(itemStart[k]);
            if (!(x0 < scale.width())) {
                break;
            }
            double x1 = Math.max(scale.xOfMillis(itemEnd[k]), x0 + 0.5);
            int from = (int) Math.max(0, Math.floor(x0 / DENSITY_CELL_PX));
            int to = (int) Math.min(cells - 1, Math.floor((x1 - 1e-9) / DENSITY_CELL_PX));
            if (from > to) {
                continue;
            }
            delta[from]++;
            delta[to + 1]--;
            for (int c = open(nextOpen, from); c <= to; c = open(nextOpen, c + 1)) {
                first[c] = k;
                nextOpen[c] = c + 1;
            }
        }
        boolean soft = false;
        if (rowFrom[r] < rowFrom[r + 1]) {
            soft = DrawnSpan.isSoft(events.get(itemEvent[rowFrom[r]]).time().precision());
        }
        double y0 = rowTop[r];
        int count = 0;
        for (int c = 0; c < cells; c++) {
            count += delta[c];
            if (count > 0) {
                out.add(new ItemBox(events.get(itemEvent[first[c]]).id(), rowLane[r], rowInLane[r], c * DENSITY_CELL_PX,
                        (c + 1) * DENSITY_CELL_PX, y0, y0 + rowHeightDrawn(r), soft, false, count));
            }
        }
    }

    /** The first cell from {@code c} on that has no first item yet ({@code cells} when none), shortening the links walked. */
    private static int open(int[] nextOpen, int c) {
        int root = c;
        while (nextOpen[root] != root) {
            root = nextOpen[root];
        }
        while (nextOpen[c] != root) {
            int next = nextOpen[c];
            nextOpen[c] = root;
            c = next;
        }
        return root;
    }

    /** True when some event is known to the hour or minute, so the axis may show clock time. */
    public boolean hasClockTimes() {
        return clockTimes;
    }

    /** The kinds and marks among the events laid out, or the density strips they are drawn as, for the key. */
    public LegendEntries legendEntries() {
        return legendEntries;
    }

    /** True when this layout draws density strips rather than single items. */
    public boolean isDense() {
        return geometry.dense();
    }

    /**
     * The cluster under a point, if the point is on one: a click there should zoom in to tell its
     * events apart rather than pick one of them at random.
     */
    public Optional<ItemBox> clusterAt(double x, double y, TimeScale scale) {
        int r = BinarySearch.upperBound(rowTop, y) - 1;
        if (r < 0 || y >= rowTop[r] + rowHeightDrawn(r)) {
            return Optional.empty();
        }
        List<ItemBox> row = new ArrayList<>();
        visibleInRow(r, scale, row);
        double slop = geometry.dense() ? 0 : geometry.hitSlop();
        return row.stream().filter(b -> (b.isCluster() || geometry.dense()) && b.x0() - slop <= x && x <= b.x1() + slop)
                .findFirst();
    }

    /** The time range a cluster box stands for, to zoom into it. */
    public static TimeRange rangeOf(ItemBox box, TimeScale scale) {
        return new TimeRange(scale.timeAt(box.x0()), scale.timeAt(Math.max(box.x1(), box.x0() + 1)));
    }

    /**
     * The time from the first start to the last end of the items a box stands for, as the data gives
     * them: {@link #rangeOf(ItemBox, TimeScale)} reads a box's pixels, and a cluster is at least one
     * wide, so zoomed out to decades it spanned some twelve days for the week's two Geneva days.
     */
    public TimeRange timeOf(ItemBox box, TimeScale scale) {
        int r = BinarySearch.upperBound(rowTop, box.y0()) - 1;
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        if (r >= 0 && rowTop[r] == box.y0()) {
            // The row's items from the first in view to the box's end, as a frame reads them.
            for (int k = firstVisible(r, scale); k < rowFrom[r + 1]; k++) {
                double x0 = scale.xOfMillis(itemStart[k]);
                if (x0 > box.x1()) {
                    break;
                }
                if (x0 >= box.x0()) {
                    from = Math.min(from, itemStart[k]);
                    to = Math.max(to, itemEnd[k]);
                }
            }
        }
        return from <= to ? new TimeRange(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to)) : rangeOf(box, scale);
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
        for (int i = eventItemsFrom[ev]; i < eventItemsFrom[ev + 1]; i++) {
            int k = eventItems[i];
            out.add(box(k, rowOfItem(k), scale));
        }
        return out;
    }

    /** The drawn time range of an event, to keep a selection in view. */
    public Optional<TimeRange> rangeOf(String eventId) {
        Integer ev = eventIndex.get(eventId);
        if (ev == null || eventItemsFrom[ev] == eventItemsFrom[ev + 1]) {
            return Optional.empty();
        }
        int k = eventItems[eventItemsFrom[ev]];
        return Optional.of(new TimeRange(Instant.ofEpochMilli(itemStart[k]), Instant.ofEpochMilli(itemEnd[k])));
    }

    /**
     * The event under a point: the item of the row at {@code y} whose box, widened by the hit slop,
     * contains {@code x}; the nearest one when two qualify, the earlier one on a tie.
     */
    public Optional<String> hitTest(double x, double y, TimeScale scale) {
        int r = BinarySearch.upperBound(rowTop, y) - 1;
        if (r < 0 || y >= rowTop[r] + rowHeightDrawn(r)) {
            return Optional.empty();
        }
        double slop = geometry.hitSlop();
        // First item whose right edge reaches x - slop; ends are sorted within a row.
        int lo = BinarySearch.first(rowFrom[r], rowFrom[r + 1], k -> !(scale.xOfMillis(itemEndMax[k]) + slop < x));
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

    /** The ids of every event laid out, in the order given. */
    public List<String> eventIds() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (eventItemsFrom[i] < eventItemsFrom[i + 1]) {
                out.add(events.get(i).id());
            }
        }
        return out;
    }

    private int firstVisible(int r, TimeScale scale) {
        return BinarySearch.first(rowFrom[r], rowFrom[r + 1], k -> scale.xOfMillis(itemEndMax[k]) > 0);
    }

    private ItemBox box(int k, int r, TimeScale scale) {
        Event e = events.get(itemEvent[k]);
        Precision p = e.time().precision();
        double y0 = rowTop[r];
        // A timed event that is a day's card on paper is drawn as the card, not as a point.
        boolean point = DrawnSpan.isPoint(p) && (columns == null || !columns.isCard(e));
        return new ItemBox(e.id(), rowLane[r], rowInLane[r],
                scale.xOfMillis(itemStart[k]), scale.xOfMillis(itemEnd[k]), y0, y0 + rowHeightDrawn(r),
                DrawnSpan.isSoft(p), point);
    }

    private double rowHeightDrawn(int r) {
        return rowHeight[r] - geometry.rowGap();
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
