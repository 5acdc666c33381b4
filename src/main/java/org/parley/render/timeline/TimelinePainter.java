package org.parley.render.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.parley.layout.DayColumns;
import org.parley.layout.ItemBox;
import org.parley.layout.TimelineLabelPlacer;
import org.parley.layout.Lane;
import org.parley.layout.PlacedLabel;
import org.parley.layout.RowGeometry;
import org.parley.layout.Tick;
import org.parley.layout.TickGenerator;
import org.parley.layout.TickUnit;
import org.parley.layout.Ticks;
import org.parley.layout.TimeRange;
import org.parley.layout.TimeScale;
import org.parley.model.Event;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.TextAnchor;
import org.parley.layout.TextWrap;
import org.parley.render.Theme;

/**
 * Paints a timeline frame in layers — lanes, grid, week band, items, labels, selection, axis —
 * with any {@link Painter}, so the screen and every export draw the same picture from the same
 * layout. Only the items the viewport shows are visited, unless the scene asks for all of them.
 */
public final class TimelinePainter {

    static final FontSpec LABEL_FONT = FontSpec.sans(11.5);
    private static final FontSpec LANE_FONT = FontSpec.sansBold(12);
    private static final FontSpec TITLE_FONT = FontSpec.sansBold(18);
    private static final FontSpec CREDIT_FONT = FontSpec.sans(10);

    /**
     * Major ticks of a slide's strip may stand this close: its type is a room's, so a month fills
     * some 170 to 370 logical px (a 900-px window to a 1280-px one), where the explorer's 140 px left
     * weeks unlabelled under "Jan 2022". A "10 Jan" label needs about 48 px; where the weeks stand
     * closer the axis names them by their days alone ("10" under "Jan 2022"), which need about 26.
     */
    public static final double SLIDE_MIN_MAJOR_SPACING = 36;

    private final TickGenerator tickGenerator;
    /** Whether the axis names the shaded focus by its days, as a slide's strip does. */
    private final boolean namesFocus;
    /** Whether the axis's corner says which clock it keeps, as the explorer's and the exports' do and a slide's not. */
    private final boolean namesZone;
    /** Paper's day columns whose real days the axis names, or null for an even axis. */
    private final DayColumns columns;
    private final TimelineLabelPlacer labelPlacer = new TimelineLabelPlacer(4, 4, ItemPainter.ICON_ROOM);

    /** What the last paint drew, for tests and for hit-testing labels later. */
    private List<PlacedLabel> lastLabels = List.of();
    private List<String> lastAxisTexts = List.of();

    /** The explorer's and the exports' timeline. */
    public TimelinePainter() {
        this(TickGenerator.DEFAULT_MIN_MAJOR_SPACING, false, true, null);
    }

    private TimelinePainter(double minMajorSpacing, boolean namesFocus, boolean namesZone, DayColumns columns) {
        this.tickGenerator = new TickGenerator(minMajorSpacing);
        this.namesFocus = namesFocus;
        this.namesZone = namesZone;
        this.columns = columns;
    }

    /**
     * A timeline on paper's day columns (a scene laid out with {@link
     * org.parley.layout.TimelineLayout#inColumns}): the axis names each real day over its columns.
     */
    public static TimelinePainter inColumns(DayColumns columns) {
        return new TimelinePainter(TickGenerator.DEFAULT_MIN_MAJOR_SPACING, false, true, columns);
    }

    /**
     * A timeline for a slide's strip: weeks labelled under a month ("3 Jan", "10 Jan", …) and the
     * shaded focus named by its days, so the strip says when the story's week was and what lies after it; no clock
     * named in its corner ("Venue local time" is the explorer's, and a class reads no hours off the strip).
     */
    public static TimelinePainter forSlide() {
        return new TimelinePainter(SLIDE_MIN_MAJOR_SPACING, true, false, null);
    }

    public void paint(Painter p, TimelineScene s, Theme theme) {
        double width = s.width();
        double bodyTop = s.bodyTop();
        double bodyHeight = s.bodyHeight();
        double itemsWidth = width - TimelineMetrics.GUTTER;
        // Events known only to the day are never drawn against clock hours.
        Ticks ticks = columns != null ? columns.ticks(s.scale()) : tickGenerator.ticks(s.scale(), s.axisZone(),
                s.layout().hasClockTimes() ? TickUnit.MINUTE : TickUnit.DAY);

        p.save();
        p.setFill(theme.background());
        p.fillRect(0, 0, width, s.height());

        p.save();
        p.clipRect(0, bodyTop, width, bodyHeight);
        lanes(p, s, theme, bodyTop, bodyHeight);
        p.clipRect(TimelineMetrics.GUTTER, bodyTop, itemsWidth, bodyHeight);
        p.translate(TimelineMetrics.GUTTER, bodyTop - s.scrollY());
        double top = s.scrollY();
        double bottom = s.scrollY() + bodyHeight;
        grid(p, theme, ticks, top, bottom);
        List<ItemBox> boxes = drawnBoxes(s);
        RowGeometry geometry = s.layout().geometry();
        if (!geometry.dense()) {
            roughGrounds(p, theme, boxes, itemsWidth);
        }
        focus(p, theme, s.scale(), s.focus(), top, bottom);
        List<ItemBox> labelled = new ArrayList<>(boxes.size());
        List<ItemBox> cards = new ArrayList<>();
        if (geometry.dense()) {
            ItemPainter.densities(p, theme, boxes);
            boxes = List.of();
        }
        for (ItemBox b : boxes) {
            Event e = s.eventOf().apply(b.eventId());
            boolean dimmed = s.dimmed().contains(b.eventId());
            if (b.isCluster()) {
                if (ItemPainter.cluster(p, theme, b, itemsWidth)) {
                    // Its count on it, as a card's title: no label covers it.
                    cards.add(b);
                } else {
                    // Too narrow for its count: the labels count it beside, with its row's hidden neighbours.
                    labelled.add(b);
                }
            } else if (geometry.cards() && b.isDay()) {
                p.beginItem(b.eventId());
                String clock = columns == null ? null : columns.clock(e);
                CardPainter.paint(p, theme, b, e, s.notReporting().apply(e.id()), clock, dimmed, itemsWidth, geometry);
                p.endItem();
                cards.add(b);
            } else {
                p.beginItem(b.eventId());
                ItemPainter.paint(p, theme, b, e, dimmed, itemsWidth);
                p.endItem();
                labelled.add(b);
            }
        }
        labels(p, s, theme, labelled, cards, itemsWidth);
        rings(p, s, theme, boxes, itemsWidth);
        p.restore();

        if (s.decorations().title() != null) {
            p.setFont(TITLE_FONT);
            p.setFill(theme.text());
            p.fillText(p.fitted(s.decorations().title(), width - 24), 12, 25, TextAnchor.START);
        }
        // A slide's strip names no clock: "Venue local time" is the explorer's word for its axis, and a class reads
        // the strip's weeks and the talks' days, never its hours (step 45's events are known to the month).
        lastAxisTexts = AxisPainter.paint(p, theme, ticks, s.axisZone(), width, s.decorations().headerHeight(),
                s.scale(), namesFocus ? s.focus() : null, namesZone);
        footer(p, s, theme, bodyTop + bodyHeight);
        p.restore();
    }

    public List<PlacedLabel> lastLabels() {
        return lastLabels;
    }

    /** The axis's texts the last paint drew (tick labels, then the periods' names), for tests. */
    public List<String> lastAxisTexts() {
        return lastAxisTexts;
    }

    private static void lanes(Painter p, TimelineScene s, Theme theme, double bodyTop, double bodyHeight) {
        List<Lane> lanes = s.layout().lanes();
        p.setFill(theme.panel());
        p.fillRect(0, bodyTop, TimelineMetrics.GUTTER, bodyHeight);
        p.setFont(LANE_FONT);
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            double y = bodyTop + lane.y() - s.scrollY();
            if (y > bodyTop + bodyHeight || y + lane.height() < bodyTop) {
                continue;
            }
            p.setFill(laneGround(theme, i));
            p.fillRect(TimelineMetrics.GUTTER, y, s.width() - TimelineMetrics.GUTTER, lane.height());
            p.setStroke(theme.grid());
            p.setLineWidth(1);
            p.strokeLine(0, y + lane.height() - 0.5, s.width(), y + lane.height() - 0.5);
            // The name sticks to the top of the view while its lane is scrolled partly away.
            double labelTop = Math.min(Math.max(y, bodyTop), y + lane.height() - Math.min(lane.height(), 28));
            p.setFill(theme.text());
            p.fillText(p.fitted(lane.label(), TimelineMetrics.GUTTER - 20), 10,
                    labelTop + Math.min(lane.height(), 28) / 2 + p.ascent() / 2, TextAnchor.START);
        }
        p.setStroke(theme.gridStrong());
        p.strokeLine(TimelineMetrics.GUTTER - 0.5, bodyTop, TimelineMetrics.GUTTER - 0.5, bodyTop + bodyHeight);
    }

    private static void grid(Painter p, Theme theme, Ticks ticks, double top, double bottom) {
        p.setLineWidth(1);
        p.setStroke(theme.grid().withAlpha(0.45));
        for (Tick t : ticks.minor()) {
            p.strokeLine(t.x(), top, t.x(), bottom);
        }
        p.setStroke(theme.grid());
        for (Tick t : ticks.major()) {
            p.strokeLine(t.x(), top, t.x(), bottom);
        }
    }

    /**
     * The lane's own ground under each bar whose date is known only roughly, over the grid: the bar is
     * translucent, and the day lines showed through it and ran across its title. The focus is shaded after,
     * over these grounds as over the lane, so a bar in the week still shows it.
     */
    private static void roughGrounds(Painter p, Theme theme, List<ItemBox> boxes, double itemsWidth) {
        for (ItemBox b : boxes) {
            if (!b.soft() || b.isCluster()) {
                continue;
            }
            // As ItemPainter draws the bar: only the stretch in view, a decade being millions of pixels wide.
            double x0 = Math.max(b.x0(), -4);
            double x1 = Math.min(b.x1(), itemsWidth + 4);
            if (x1 > x0) {
                p.setFill(laneGround(theme, b.lane()));
                p.fillRect(x0, b.y0(), x1 - x0, b.y1() - b.y0());
            }
        }
    }

    /** The ground of the lane at {@code index}, as {@link #lanes} paints it: lanes alternate. */
    private static Rgba laneGround(Theme theme, int index) {
        return index % 2 == 0 ? theme.background() : theme.laneStripe();
    }

    /**
     * The dataset's focus (the week of the talks), shaded so it stays findable when zoomed out;
     * once it fills most of the view the shading would only tint everything, so it is left out.
     */
    private static void focus(Painter p, Theme theme, TimeScale scale, TimeRange focus, double top, double bottom) {
        if (focus == null) {
            return;
        }
        double x0 = scale.xOf(focus.start());
        double x1 = scale.xOf(focus.end());
        if (x1 < 0 || x0 > scale.width() || x1 - x0 > scale.width() / 2) {
            return;
        }
        p.setFill(theme.week());
        double left = Math.max(x0, -2);
        p.fillRect(left, top, Math.max(2, Math.min(x1, scale.width() + 2) - left), bottom - top);
    }

    /** @param cards day cards and clusters in view that hold their own text: no other label covers them */
    private void labels(Painter p, TimelineScene s, Theme theme, List<ItemBox> boxes, List<ItemBox> cards,
                        double itemsWidth) {
        p.setFont(LABEL_FONT);
        List<ItemBox> room = new ArrayList<>(boxes.size());
        for (ItemBox b : boxes) {
            room.add(labelRoom(b, itemsWidth));
        }
        List<PlacedLabel> placed = labelPlacer.place(room, cards, id -> title(s, id), p::textWidth, s.selectedId(),
                itemsWidth);
        double ascent = p.ascent();
        Map<String, ItemBox> boxOf = new HashMap<>();
        for (ItemBox b : room) {
            boxOf.putIfAbsent(b.eventId(), b);
        }
        for (PlacedLabel l : placed) {
            if (l.isCount()) {
                countBracket(p, theme, l);
                // On a ground of its own: a "+N" beside a dense run may stand over a neighbour's mark.
                p.setFill(theme.background().withAlpha(0.85));
                p.fillRoundRect(l.x() - 2, l.y() + 2, l.width() + 4, l.height() - 4, 4);
            }
            p.setFill(l.isCount() || s.dimmed().contains(l.eventId()) ? theme.mutedText() : theme.text());
            if (!l.isCount()) {
                p.beginItem(l.eventId());
            }
            // A label left of its mark ends at the mark: in an SVG opened where the font is wider, a
            // label that only started where it was measured ran over its mark and off the picture.
            ItemBox box = l.isCount() || l.inside() ? null : boxOf.get(l.eventId());
            boolean leftOfMark = box != null && l.x() + l.width() <= box.x0() + 0.5;
            p.fillText(l.text(), leftOfMark ? l.x() + l.width() : l.x(), l.y() + (l.height() + ascent) / 2 - 0.5,
                    leftOfMark ? TextAnchor.END : TextAnchor.START);
            if (!l.isCount()) {
                p.endItem();
            }
        }
        lastLabels = List.copyOf(placed);
    }

    /**
     * A line along the row's foot under the marks a count stands for, from the run's far end to the count
     * beside it (or the run's whole stretch, under a count over it): a bare "+3" said neither what it
     * counted nor where, in a picture of many such runs. A count in the box it counts needs none.
     */
    private static void countBracket(Painter p, Theme theme, PlacedLabel count) {
        if (count.inside()) {
            return;
        }
        double from = count.runX0();
        double to = count.runX1();
        if (count.x() >= count.runX1()) {
            to = count.x() - 1;
        } else if (count.x() + count.width() <= count.runX0()) {
            from = count.x() + count.width() + 1;
        }
        double foot = count.y() + count.height() - 0.5;
        p.setStroke(theme.mutedText());
        p.setLineWidth(1);
        p.strokeLine(from, foot, to, foot);
    }

    /**
     * The stretch a label may use: a point's mark, so a label never sits on the mark it names; a
     * box's own stretch, whose mark the placer keeps its labels clear of.
     */
    private static ItemBox labelRoom(ItemBox b, double itemsWidth) {
        if (b.point()) {
            double cx = (b.x0() + b.x1()) / 2;
            return new ItemBox(b.eventId(), b.lane(), b.row(), cx - 8, cx + 8, b.y0(), b.y1(), b.soft(), true);
        }
        return b;
    }

    private static void rings(Painter p, TimelineScene s, Theme theme, List<ItemBox> boxes, double itemsWidth) {
        if (!s.highlighted().isEmpty()) {
            for (ItemBox b : boxes) {
                if (s.highlighted().contains(b.eventId()) && !b.eventId().equals(s.selectedId())) {
                    ItemPainter.ring(p, b, theme.highlight(), 2, 1, itemsWidth);
                }
            }
        }
        if (s.selectedId() != null) {
            for (ItemBox b : s.layout().boxesOf(s.selectedId(), s.scale())) {
                ItemPainter.ring(p, b, theme.selection(), 3, 2.5, itemsWidth);
            }
        }
    }

    /** The items (or density cells) the scene draws: all of them for a picture of every item, else those in view. */
    private static List<ItemBox> drawnBoxes(TimelineScene s) {
        return s.decorations().allItems()
                ? s.layout().visible(s.scale(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)
                : s.layout().visible(s.scale(), s.scrollY(), s.scrollY() + s.bodyHeight());
    }

    /**
     * What the shades of the scene's density strips count, for the key; null when it draws none. The cells in
     * view are a few per pixel of width, whatever the size of the data.
     */
    public static DensityScale densityScale(TimelineScene s) {
        return s.layout().geometry().dense() ? DensityScale.of(drawnBoxes(s), s.scale()) : null;
    }

    private static void footer(Painter p, TimelineScene s, Theme theme, double y) {
        if (s.decorations().legend()) {
            LegendPainter.paint(p, theme, 0, y, s.width(), s.layout().legendEntries(), densityScale(s));
            y += LegendPainter.height(s.width(), s.layout().legendEntries());
        }
        if (s.decorations().credit() != null) {
            p.setFont(CREDIT_FONT);
            p.setFill(theme.mutedText());
            // A filtered picture's credit names its filters and can outrun a narrow image.
            p.fillText(TextWrap.ellipsize(s.decorations().credit(), s.width() - 20, p::textWidth), 10, y + 15,
                    TextAnchor.START);
        }
    }

    /**
     * A bar's or chip's label: "≈" first when the curator inferred its day or place, as a card's
     * corner shows, and "(photo caption)" after it when only a caption or a headline tells of it.
     */
    private static String title(TimelineScene s, String id) {
        Event e = s.eventOf().apply(id);
        if (e == null) {
            return id;
        }
        return barLabel(e, CardPainter.withNotReporting(s.layout().itemTitle(e), s.notReporting().apply(id)));
    }

    /** {@code title} as a bar shows it for {@code e}: "≈" first when the curator inferred its day or place. */
    private static String barLabel(Event e, String title) {
        return e.inferred() ? InferredMark.GLYPH + " " + title : title;
    }

    /**
     * The card lines that print every one of {@code events}' titles whole in a day {@code dayWidth}
     * wide, at most {@code most} (see {@link RowGeometry#withCardLines}); an export asks, where the
     * screen's tooltip is not there to give a cut title's end.
     */
    public static int cardLinesHoldingWhole(Painter measure, List<Event> events, Function<String, String> notReporting,
                                            double dayWidth, int most) {
        return cardLinesHoldingWhole(measure, events, notReporting, e -> null, dayWidth, most);
    }

    /**
     * The lines each event's card needs to print its title whole in a day {@code dayWidth} wide, in
     * the largest card type that does so in at most {@code most}: what a row of paper's cards is sized by.
     */
    public static ToIntFunction<Event> cardLinesOf(Painter measure, Function<String, String> notReporting,
                                                   Function<Event, String> clockOf, double dayWidth, int most) {
        return e -> CardPainter.linesOf(measure, e, notReporting.apply(e.id()), clockOf.apply(e), dayWidth, most);
    }

    /** As above, for cards that print a time before their title (a timed event on paper's day columns). */
    public static int cardLinesHoldingWhole(Painter measure, List<Event> events, Function<String, String> notReporting,
                                            Function<Event, String> clockOf, double dayWidth, int most) {
        return CardPainter.linesHoldingWhole(measure, events, notReporting, clockOf, dayWidth, most);
    }

    /**
     * The card lines that print every one of {@code events}' titles whole in the card type itself,
     * at most {@code most}: day columns narrow enough to need more would print some titles smaller
     * than their neighbours.
     */
    public static int cardLinesInCardType(Painter measure, List<Event> events, Function<String, String> notReporting,
                                          Function<Event, String> clockOf, double dayWidth, int most) {
        return CardPainter.linesInCardType(measure, events, notReporting, clockOf, dayWidth, most);
    }
}
