package org.parley.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Gives labels room without overlap. An event's label goes inside its item when it fits, else
 * just right or left of it where no other item or label is, else shortened with an ellipsis inside
 * the item; labels that still do not fit are hidden, and each run of two or more hidden labels in a
 * row is summed up by one "+N" label, a cluster of N events among them counting N (one event alone
 * is its mark, with no count). The selected event
 * is placed first, and may lie over neighbouring items, so it is never the one hidden.
 * Text is measured by the caller, so the same placement serves the screen and every exporter.
 */
public final class TimelineLabelPlacer {

    private static final String ELLIPSIS = TextWrap.ELLIPSIS;
    private static final int MIN_ABBREVIATED_CHARS = 3;
    /** Room right of an item below which a shortened label is not worth reading. */
    private static final double MIN_RIGHT_ROOM = 120;
    /**
     * A day's box narrower than this holds a few letters of its title ("Inf…"): it is named beside
     * instead, as a point is, where nothing else is. Wider, it keeps its label in its own column, cut
     * where it must be: its kind's mark and some ten letters ("Treaty: Ele…") are a readable start, and a
     * box left empty with its title beside it, over the next day, read as that day's (the web page's
     * days of 117 px had been named beside up to 160).
     */
    static final double NARROW_DAY = 90;
    /**
     * Narrower than this a day is a sliver, most often among others (a zoomed-out year): it keeps
     * to its column and is counted, unless it stands alone, no other item within
     * {@link #SLIVER_CLEARANCE} of it in its row (the week's days in a view of decades), where it
     * is named beside as a point is.
     */
    static final double SLIVER_DAY = 16;
    /** Room either side of a sliver, free of items, that makes it stand alone: enough for a "+N" between. */
    static final double SLIVER_CLEARANCE = 32;

    private final double padding;
    private final double gap;
    /** The width at a box's start that its kind's mark takes, where no label goes (0: none). */
    private final double markRoom;

    public TimelineLabelPlacer() {
        this(4, 4);
    }

    /**
     * @param padding space between an item's edge and a label inside it
     * @param gap     space between an item and a label beside it
     */
    public TimelineLabelPlacer(double padding, double gap) {
        this(padding, gap, 0);
    }

    /**
     * @param markRoom the width at the start of a box (not a point's) that its kind's mark takes:
     *                 a label inside starts after it, where the box has room for both; one beside
     *                 the box keeps clear of the box itself
     */
    public TimelineLabelPlacer(double padding, double gap, double markRoom) {
        this.padding = padding;
        this.gap = gap;
        this.markRoom = markRoom;
    }

    /** Where a label inside {@code b} may start: after its mark when the box has room for more than the mark. */
    private double innerLeft(ItemBox b, double viewportWidth) {
        double left = Math.max(b.x0(), 0);
        boolean roomForMark = !b.point() && Math.min(b.x1(), viewportWidth) - left >= 2 * markRoom;
        return left + (roomForMark ? markRoom : 0) + padding;
    }

    /**
     * @param boxes         the visible items
     * @param labelOf       an event's label text from its id
     * @param measure       the drawn width of a text
     * @param selectedId    the selected event, or null
     * @param viewportWidth labels are kept within {@code [0, viewportWidth]}
     */
    public List<PlacedLabel> place(List<ItemBox> boxes, Function<String, String> labelOf,
                                   ToDoubleFunction<String> measure, String selectedId, double viewportWidth) {
        return place(boxes, List.of(), labelOf, measure, selectedId, viewportWidth);
    }

    /**
     * As {@link #place(List, Function, ToDoubleFunction, String, double)}, with boxes drawn beside
     * the labelled items that carry their own text (a day's card): no label, not even a "+N", is
     * laid over them. The selection's own label still may be, as over any item.
     *
     * @param obstacles boxes no label may cover
     */
    public List<PlacedLabel> place(List<ItemBox> boxes, List<ItemBox> obstacles, Function<String, String> labelOf,
                                   ToDoubleFunction<String> measure, String selectedId, double viewportWidth) {
        List<ItemBox> order = new ArrayList<>(boxes);
        order.sort(Comparator.comparing((ItemBox b) -> !Objects.equals(b.eventId(), selectedId))
                .thenComparingDouble(ItemBox::y0).thenComparingDouble(ItemBox::x0)
                .thenComparing(ItemBox::eventId));
        RectIndex items = new RectIndex();
        for (ItemBox b : boxes) {
            // As drawn: a sliver's mark is wider than its day, and no label may run into it.
            items.add(b.x0(), b.y0(), b.drawnX1() - b.x0(), b.y1() - b.y0());
        }
        // Boxes wide enough to hold a title: a count that may stand over a neighbour's mark keeps off them.
        RectIndex titled = new RectIndex();
        for (ItemBox b : boxes) {
            if (b.soft() || b.isDay() && b.width() >= NARROW_DAY) {
                titled.add(b.x0(), b.y0(), b.width(), b.y1() - b.y0());
            }
        }
        RectIndex covered = new RectIndex();
        for (ItemBox b : obstacles) {
            items.add(b.x0(), b.y0(), b.width(), b.y1() - b.y0());
            covered.add(b.x0(), b.y0(), b.width(), b.y1() - b.y0());
        }
        RectIndex taken = new RectIndex();
        // By identity: a record's hash walks all its fields, and this map is asked twice per item.
        Map<ItemBox, PlacedLabel> placed = new IdentityHashMap<>();
        List<PlacedLabel> inOrder = new ArrayList<>();
        double ellipsisWidth = measure.applyAsDouble(ELLIPSIS);

        // The selection first with every option, then everyone's inside labels (they cost no
        // neighbour anything), then the rest beside or shortened.
        int start = 0;
        if (!order.isEmpty() && Objects.equals(order.get(0).eventId(), selectedId)) {
            // The selection may cover neighbouring items: it is what the reader is looking at.
            tryPlace(order.get(0), true, true, labelOf, measure, viewportWidth, new RectIndex(), taken, placed, inOrder,
                    ellipsisWidth);
            start = 1;
        }
        for (int i = start; i < order.size(); i++) {
            tryPlace(order.get(i), true, false, labelOf, measure, viewportWidth, items, taken, placed, inOrder,
                    ellipsisWidth);
        }
        for (int i = start; i < order.size(); i++) {
            if (!placed.containsKey(order.get(i))) {
                tryPlace(order.get(i), false, true, labelOf, measure, viewportWidth, items, taken, placed, inOrder,
                        ellipsisWidth);
            }
        }

        List<PlacedLabel> out = new ArrayList<>(inOrder);
        out.addAll(counts(order, placed, measure, viewportWidth, taken, covered, items, titled));
        return out;
    }

    private void tryPlace(ItemBox b, boolean inside, boolean outside, Function<String, String> labelOf,
                          ToDoubleFunction<String> measure, double viewportWidth, RectIndex items, RectIndex taken,
                          Map<ItemBox, PlacedLabel> placed, List<PlacedLabel> inOrder, double ellipsisWidth) {
        // A cluster stands for several events and has no title of its own: it is counted with its row's run.
        if (b.isCluster() || !mayFit(b, inside, outside, ellipsisWidth, viewportWidth, items)) {
            return;
        }
        String text = labelOf.apply(b.eventId());
        if (text == null || text.isEmpty()) {
            return;
        }
        double w = measure.applyAsDouble(text);
        double h = b.y1() - b.y0();
        double innerLeft = innerLeft(b, viewportWidth);
        double innerRight = Math.min(b.x1(), viewportWidth) - padding;
        PlacedLabel label = null;
        if (inside && innerRight - innerLeft >= w) {
            label = new PlacedLabel(b.eventId(), text, innerLeft, b.y0(), w, h, true);
        }
        if (label == null && outside) {
            double right = b.drawnX1() + gap;
            double left = b.x0() - gap - w;
            // Shortened only where the whole label would run past the right edge: zoomed out, most
            // of thousands of items are nowhere near it, and each shortening measures several texts.
            String rightShort = !keepsToItsColumn(b, items) && right >= 0 && right + w > viewportWidth
                    && viewportWidth - right >= MIN_RIGHT_ROOM ? abbreviate(text, viewportWidth - right, measure) : null;
            double rightShortW = rightShort == null ? 0 : measure.applyAsDouble(rightShort);
            // A day's label stays in its own column: beside the box it would run into the next
            // day's. A point or a rough range has no column, and may name itself beside; so may a
            // day zoomed out so far that its column holds no readable title, and a sliver alone.
            if (keepsToItsColumn(b, items)) {
                right = Double.NaN;
                left = Double.NaN;
            }
            if (right >= 0 && right + w <= viewportWidth && !items.overlapsAny(right, b.y0(), w, h)) {
                label = new PlacedLabel(b.eventId(), text, right, b.y0(), w, h, false);
            } else if (rightShort != null && right + w > viewportWidth
                    && !items.overlapsAny(right, b.y0(), rightShortW, h)) {
                // Cut short at the edge rather than flung to the far side of the item: a label
                // reads as belonging to the mark it starts next to.
                label = new PlacedLabel(b.eventId(), rightShort, right, b.y0(), rightShortW, h, false);
            } else if (left >= 0 && left + w <= viewportWidth && !items.overlapsAny(left, b.y0(), w, h)) {
                label = new PlacedLabel(b.eventId(), text, left, b.y0(), w, h, false);
            } else {
                String shortText = abbreviate(text, innerRight - innerLeft, measure);
                if (shortText != null) {
                    label = new PlacedLabel(b.eventId(), shortText, innerLeft, b.y0(),
                            measure.applyAsDouble(shortText), h, true);
                }
            }
        }
        if (label != null && !taken.overlapsAny(label.x(), label.y(), label.width(), label.height())) {
            taken.add(label.x(), label.y(), label.width(), label.height());
            placed.put(b, label);
            inOrder.add(label);
        }
    }

    private static boolean keepsToItsColumn(ItemBox b, RectIndex items) {
        if (!b.isDay()) {
            return false;
        }
        if (b.width() >= SLIVER_DAY) {
            return b.width() >= NARROW_DAY;
        }
        // A sliver among others: named beside, its label would take the place of the run's "+N".
        double h = b.y1() - b.y0();
        return items.overlapsAny(b.x0() - SLIVER_CLEARANCE, b.y0(), SLIVER_CLEARANCE, h)
                || items.overlapsAny(b.drawnX1(), b.y0(), SLIVER_CLEARANCE, h);
    }

    /*
     * Whether any label could be placed for b, asked before its text is looked up and measured.
     * Zoomed out, thousands of items are slivers between neighbours: no text fits inside one, and
     * a label beside it would overlap the next item even one pixel wide. Every test here is one a
     * real label would fail too (a text is at least a pixel wide, a shortened one at least its
     * ellipsis), so the placement is the same as measuring every item, only cheaper.
     */
    private boolean mayFit(ItemBox b, boolean inside, boolean outside, double ellipsisWidth, double viewportWidth,
                           RectIndex items) {
        double room = Math.min(b.x1(), viewportWidth) - padding - innerLeft(b, viewportWidth);
        if (inside && room >= 1) {
            return true;
        }
        if (!outside) {
            return false;
        }
        if (room >= ellipsisWidth) {
            return true;
        }
        if (keepsToItsColumn(b, items)) {
            return false;
        }
        double h = b.y1() - b.y0();
        double right = b.drawnX1() + gap;
        double left = b.x0() - gap - 1;
        boolean rightOpen = right >= 0 && right + 1 <= viewportWidth && !items.overlapsAny(right, b.y0(), 1, h);
        boolean leftOpen = left >= 0 && left + 1 <= viewportWidth && !items.overlapsAny(left, b.y0(), 1, h);
        return rightOpen || leftOpen;
    }

    /**
     * The longest start plus ellipsis that fits {@code room}, cut after a word where one ends late
     * enough ("discuss…", not "whethe…"), or null when too little would be left.
     */
    private static String abbreviate(String text, double room, ToDoubleFunction<String> measure) {
        // Too little room for the shortest: no search (a zoomed-out frame asks for thousands of slivers).
        if (text.length() <= MIN_ABBREVIATED_CHARS
                || measure.applyAsDouble(text.substring(0, MIN_ABBREVIATED_CHARS).strip() + ELLIPSIS) > room) {
            return null;
        }
        String cut = TextWrap.ellipsize(text, room, measure);
        return cut.length() <= MIN_ABBREVIATED_CHARS ? null : cut;
    }

    /** One "+N" per run of consecutive hidden labels in a row, where there is room for it. */
    private List<PlacedLabel> counts(List<ItemBox> order, Map<ItemBox, PlacedLabel> placed,
                                     ToDoubleFunction<String> measure, double viewportWidth, RectIndex taken,
                                     RectIndex covered, RectIndex items, RectIndex titled) {
        List<ItemBox> byRow = new ArrayList<>(order);
        byRow.sort(Comparator.comparingDouble(ItemBox::y0).thenComparingDouble(ItemBox::y1)
                .thenComparingDouble(ItemBox::x0).thenComparing(ItemBox::eventId));
        List<PlacedLabel> out = new ArrayList<>();
        List<ItemBox> run = new ArrayList<>();
        for (int i = 0; i <= byRow.size(); i++) {
            ItemBox b = i < byRow.size() ? byRow.get(i) : null;
            boolean continuesRun = b != null && !run.isEmpty()
                    && b.y0() == run.get(0).y0() && b.y1() == run.get(0).y1()
                    && !cardBetween(run.get(run.size() - 1), b, covered);
            if (b == null || placed.containsKey(b) || !continuesRun) {
                if (!run.isEmpty()) {
                    placeCount(run, measure, viewportWidth, taken, covered, items, titled, out);
                    run.clear();
                }
            }
            if (b != null && !placed.containsKey(b)) {
                run.add(b);
            }
        }
        return out;
    }

    /** Whether a card stands between two items of a row: one "+N" must not count across it. */
    private static boolean cardBetween(ItemBox left, ItemBox right, RectIndex covered) {
        return right.x0() > left.x1()
                && covered.overlapsAny(left.x1(), right.y0(), right.x0() - left.x1(), right.y1() - right.y0());
    }

    private void placeCount(List<ItemBox> run, ToDoubleFunction<String> measure, double viewportWidth,
                            RectIndex taken, RectIndex covered, RectIndex items, RectIndex titled,
                            List<PlacedLabel> out) {
        int hidden = run.stream().mapToInt(ItemBox::count).sum();
        if (hidden == 1) {
            // One card too narrow for its title, or one point, is that one event, its kind's mark drawn: "+1"
            // by it read as "one more", a stack of them in a month's view as a list of nothing.
            return;
        }
        String text = "+" + hidden;
        double w = measure.applyAsDouble(text);
        ItemBox first = run.get(0);
        double h = first.y1() - first.y0();
        double runEnd = run.stream().mapToDouble(ItemBox::drawnX1).max().orElse(first.drawnX1());
        // Inside a box it reads as the box's, where it fits; a point's box is its mark, which would
        // hide the "+", and a sliver's neighbours would run through it ("+217" over a year's marks).
        double inside = innerLeft(first, viewportWidth);
        boolean fitsInside = !first.point() && inside + w <= Math.min(first.x1(), viewportWidth) - padding;
        double runStart = run.stream().mapToDouble(ItemBox::x0).min().orElse(first.x0());
        // Last, a run of points wide enough for it is counted over its own marks, in its middle.
        double over = first.point() && runEnd - runStart >= w + 2 * gap ? (runStart + runEnd - w) / 2 : -1;
        double[] beside = {runEnd + gap, first.x0() - gap - w, over};
        // Clear of every mark where the row has room; else beside the run all the same, over a
        // neighbour's mark (the painter sets a count on a ground of its own), or over its own, rather
        // than lost; never over a box that holds a title (a "+8" had covered the mark of "Summit: …").
        for (boolean clearOfMarks : new boolean[] {true, false}) {
            for (int i = fitsInside && clearOfMarks ? -1 : 0; i < (clearOfMarks ? 2 : beside.length); i++) {
                double x = i < 0 ? inside : beside[i];
                if (x >= 0 && x + w <= viewportWidth && !taken.overlapsAny(x, first.y0(), w, h)
                        && !covered.overlapsAny(x, first.y0(), w, h)
                        && (i < 0 || !(clearOfMarks ? items : titled).overlapsAny(x, first.y0(), w, h))) {
                    taken.add(x, first.y0(), w, h);
                    // "inside" when in the box it counts: it reads as that box's, with nothing to tie it to.
                    out.add(new PlacedLabel(first.eventId(), text, x, first.y0(), w, h, hidden, i < 0,
                            runStart, runEnd));
                    return;
                }
            }
        }
    }
}
