package org.parley.export.image;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import org.parley.layout.DayColumns;
import org.parley.layout.ItemBox;
import org.parley.layout.Lane;
import org.parley.layout.LaneMode;
import org.parley.layout.RowGeometry;
import org.parley.layout.TimeRange;
import org.parley.layout.TimeScale;
import org.parley.layout.TimelineLayout;
import org.parley.model.Event;
import org.parley.model.Precision;
import org.parley.render.Painter;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;
import org.parley.render.timeline.Decorations;
import org.parley.render.timeline.TimelineMetrics;
import org.parley.render.timeline.TimelinePainter;
import org.parley.render.timeline.TimelineScene;

/**
 * The timeline as an image: every lane at full height, the whole range or the requested window.
 *
 * @param columns paper's day columns the scene is laid out on, or null for an even axis
 * @param paper   what its pages are planned from, each for its own events; null for a figure cut
 *                as one scene (an even axis) or that is itself a page
 */
record TimelineFigure(TimelineScene scene, Theme theme, DayColumns columns, PaperPages paper)
        implements ScenePicture {

    TimelineFigure(TimelineScene scene, Theme theme, DayColumns columns) {
        this(scene, theme, columns, null);
    }

    /** What a paper figure on day columns plans each of its pages from: its events, their days, its width. */
    record PaperPages(Selection sel, TimeRange range, double width) {
    }

    /** Lanes a page must have room for before cutting is worth it: a few rows of cards. */
    private static final double MIN_PAGE_BODY = 160;
    /** A card grows to this many lines to print its title whole; a longer title is cut, as on screen. */
    private static final int MOST_CARD_LINES = 6;
    /**
     * On day columns, where each row is as tall as its own cards, a card grows to this many lines in the
     * card type before its title is printed smaller: a column narrow enough for a seventh line had printed
     * it at 10 px beside 12-px neighbours while the page had room below.
     */
    private static final int MOST_COLUMN_CARD_LINES = 8;
    /** What planning day columns counts for a card printed in smaller type: a page's height, so only a last resort. */
    private static final double SMALLER_TYPE_COST = 1000;

    static TimelineFigure of(Selection sel, double width, Theme theme, Decorations decorations) {
        return of(sel, width, theme, decorations, true);
    }

    /**
     * @param cards whether a wide enough day may show its events as cards with whole titles; a
     *              slide-sized picture (the dashboard) keeps one line per event instead, since a
     *              busy day's cards would otherwise make it shrink the whole timeline unreadably
     */
    static TimelineFigure of(Selection sel, double width, Theme theme, Decorations decorations, boolean cards) {
        // Dated events in the axis's day columns, as the screen draws them, in the dataset's own
        // zone; where a day is wide enough, as cards with their whole titles, again as on screen.
        ZoneId zone = sel.data().zone();
        TimelineLayout compact = TimelineLayout.of(sel.events(), LaneMode.TRACK, zone, Function.identity(), false,
                RowGeometry.DEFAULT);
        TimeScale scale = TimelineScene.wholeRange(compact, width, zone, sel::event, decorations).scale();
        if (sel.window() != null) {
            scale = TimeScale.fit(sel.window().start(), sel.window().end(), width - TimelineMetrics.GUTTER,
                    TimelineMetrics.FIT_PADDING);
        }
        double dayWidth = 86_400_000d / scale.millisPerPixel();
        RowGeometry geometry = RowGeometry.forView(dayWidth, sel.kept());
        if (!cards && geometry.cards()) {
            geometry = RowGeometry.DEFAULT;
        }
        if (geometry.cards()) {
            // Cards hold the events known to the day or finer; rougher ones stay one-line bars.
            List<Event> carded = sel.events().stream().filter(e -> e.time().precision().atLeast(Precision.DAY)).toList();
            geometry = geometry.withCardLines(Math.max(geometry.cardLines(), TimelinePainter.cardLinesHoldingWhole(
                    Java2DPainter.measuring(), carded, id -> sel.data().event(id)
                            .flatMap(sel.data()::nonReportingKind).orElse(null), dayWidth, MOST_CARD_LINES)));
        }
        TimelineLayout layout = geometry.equals(RowGeometry.DEFAULT) ? compact
                : TimelineLayout.of(sel.events(), LaneMode.TRACK, zone, Function.identity(), false, geometry);
        TimelineScene whole = TimelineScene.wholeRange(layout, width, zone, sel::event, decorations);
        TimeRange focus = sel.data().focus().map(f -> new TimeRange(f.startIn(zone), f.endIn(zone))).orElse(null);
        TimelineScene scene = new TimelineScene(layout, scale, zone, whole.width(), whole.height(), 0,
                sel::event, sel.selectedEvent(), Set.of(), Set.of(), whole.decorations(), focus)
                .withNotReporting(id -> sel.data().event(id).flatMap(sel.data()::nonReportingKind).orElse(null));
        return new TimelineFigure(scene, theme, null);
    }

    /**
     * The timeline as one picture (PNG, SVG, the web page): a few days on day columns as wide as
     * their cards need, as on paper; on the even axis the week's picture for a slide was 1920×3401,
     * Wednesday's 28 cards one column deep beside four white days (decision 0127). A range whose
     * days are too narrow for cards (a month, the whole dataset) keeps the even axis.
     */
    static TimelineFigure standalone(Selection sel, double width, Theme theme) {
        Decorations decorations = new Decorations(sel.title(), sel.credit(), true, true);
        return inColumns(sel, width, theme, decorations, false).orElseGet(() -> of(sel, width, theme, decorations));
    }

    /**
     * The timeline for a sheet {@code width} px wide: a few days on day columns as wide as they
     * need (a busy day's cards side by side, a day with none narrow), so the pages are filled
     * rather than one column deep; a longer range, whose days are too narrow for cards, as
     * {@link #standalone}, but cut into pages that each plan their own columns. The screen keeps the
     * even axis: it scrolls and zooms.
     */
    static TimelineFigure forPaper(Selection sel, double width, Theme theme) {
        Decorations decorations = new Decorations(sel.title(), sel.credit(), true, true);
        return inColumns(sel, width, theme, decorations, true).orElseGet(() -> of(sel, width, theme, decorations));
    }

    /** @param paged whether the figure is cut into pages each planning its own columns (paper) */
    private static Optional<TimelineFigure> inColumns(Selection sel, double width, Theme theme,
                                                      Decorations decorations, boolean paged) {
        ZoneId zone = sel.data().zone();
        TimeRange range = sel.window() != null ? new TimeRange(sel.window().start(), sel.window().end())
                : TimelineLayout.of(sel.events(), LaneMode.TRACK, zone).fullRange().orElse(null);
        if (range == null) {
            return Optional.empty();
        }
        PaperPages paper = paged ? new PaperPages(sel, range, width) : null;
        return plan(sel, sel.events(), range, width)
                .map(columns -> onColumns(sel, sel.events(), range, columns, width, theme, decorations, paper));
    }

    /** The day columns {@code events} need across {@code width}, over all of {@code range}'s days. */
    private static Optional<DayColumns> plan(Selection sel, List<Event> events, TimeRange range, double width) {
        ZoneId zone = sel.data().zone();
        DoubleFunction<RowGeometry> geometryAt = geometryAt(sel, events);
        Function<String, String> notReporting = notReporting(sel);
        // Columns so narrow that a title would be cut are not worth their rows; otherwise each row
        // weighs what its own cards need, as the layout will size it, and a card whose title would be
        // printed smaller than the others weighs a page more, so that is done only where no width avoids it.
        Map<Double, Boolean> cutAt = new HashMap<>();
        return DayColumns.plan(events, zone, range.start().atZone(zone).toLocalDate(),
                range.end().minusMillis(1).atZone(zone).toLocalDate(),
                width - TimelineMetrics.GUTTER - 2 * TimelineMetrics.FIT_PADDING,
                (card, w) -> {
                    if (cutAt.computeIfAbsent(w, at -> geometryAt.apply(at).cardLines() > MOST_COLUMN_CARD_LINES)) {
                        return Double.POSITIVE_INFINITY;
                    }
                    int lines = TimelinePainter.cardLinesOf(Java2DPainter.measuring(), notReporting,
                            e -> DayColumns.clock(e, zone), w, MOST_COLUMN_CARD_LINES).applyAsInt(card);
                    boolean smaller = TimelinePainter.cardLinesInCardType(Java2DPainter.measuring(), List.of(card),
                            notReporting, e -> DayColumns.clock(e, zone), w, MOST_COLUMN_CARD_LINES + 1)
                            > MOST_COLUMN_CARD_LINES;
                    return RowGeometry.DEFAULT.withCardLines(lines).preciseRowHeight() + (smaller ? SMALLER_TYPE_COST : 0);
                });
    }

    /** The rows of {@code events}' cards in a column of a width: one line more than a card may take says a title would be cut. */
    private static DoubleFunction<RowGeometry> geometryAt(Selection sel, List<Event> events) {
        List<Event> carded = events.stream().filter(e -> e.time().precision().atLeast(Precision.DAY)).toList();
        Function<String, String> notReporting = notReporting(sel);
        ZoneId zone = sel.data().zone();
        return columnWidth -> {
            RowGeometry g = RowGeometry.forDayWidth(columnWidth);
            return g.withCardLines(Math.max(g.cardLines(), TimelinePainter.cardLinesHoldingWhole(
                    Java2DPainter.measuring(), carded, notReporting, e -> DayColumns.clock(e, zone), columnWidth,
                    MOST_COLUMN_CARD_LINES + 1)));
        };
    }

    private static Function<String, String> notReporting(Selection sel) {
        return id -> sel.data().event(id).flatMap(sel.data()::nonReportingKind).orElse(null);
    }

    /** {@code events} laid out on {@code columns} across {@code range}, for paper or a picture. */
    private static TimelineFigure onColumns(Selection sel, List<Event> events, TimeRange range, DayColumns columns,
                                            double width, Theme theme, Decorations decorations, PaperPages paper) {
        ZoneId zone = sel.data().zone();
        RowGeometry geometry = geometryAt(sel, events).apply(columns.columnWidth());
        // Each row of cards as tall as its own titles need in the card type, not as the page's longest. Held to
        // the lines the smallest type needs, a four-line title was printed at 10 px beside 12-px cards, on paper
        // while the foot of the page stood empty: its row takes the fourth line instead.
        TimelineLayout layout = TimelineLayout.inColumns(events, zone,
                geometry.withCardLines(MOST_COLUMN_CARD_LINES), columns,
                TimelinePainter.cardLinesOf(Java2DPainter.measuring(), notReporting(sel), e -> DayColumns.clock(e, zone),
                        columns.columnWidth(), MOST_COLUMN_CARD_LINES));
        TimeScale scale = TimeScale.fit(columns.toColumns(range.start()), columns.toColumns(range.end()),
                width - TimelineMetrics.GUTTER, TimelineMetrics.FIT_PADDING);
        TimelineScene whole = TimelineScene.wholeRange(layout, width, zone, sel::event, decorations);
        TimeRange focus = sel.data().focus().map(f -> columns.toColumns(new TimeRange(f.startIn(zone), f.endIn(zone))))
                .orElse(null);
        TimelineScene scene = new TimelineScene(layout, scale, zone, whole.width(), whole.height(), 0,
                sel::event, sel.selectedEvent(), Set.of(), Set.of(), whole.decorations(), focus)
                .withNotReporting(notReporting(sel));
        return new TimelineFigure(scene, theme, columns, paper);
    }

    /**
     * Pages that each repeat the title, the axis and the legend above and below their share of the
     * lanes, cut between events; the first page's title is the figure's, the others say they
     * continue it, and the credit line numbers them. A page draws only its own events, so each
     * is in the file, and found by a text search, once.
     */
    @Override
    public List<Picture> pages(double pageHeight) {
        double chrome = scene.height() - scene.bodyHeight();
        double room = pageHeight - chrome;
        if (scene.height() <= pageHeight || room < MIN_PAGE_BODY) {
            return List.of(this);
        }
        if (paper != null) {
            return columnPages(pageHeight);
        }
        List<double[]> items = new ArrayList<>();
        for (ItemBox b : scene.layout().visible(scene.scale())) {
            items.add(new double[] {b.y0(), b.y1()});
        }
        double[] laneTops = scene.layout().lanes().stream().mapToDouble(Lane::y).toArray();
        List<double[]> bands = PageBreaks.bands(items, laneTops, scene.bodyHeight(), room);
        Decorations d = scene.decorations();
        List<Picture> pages = new ArrayList<>(bands.size());
        for (int i = 0; i < bands.size(); i++) {
            double[] band = bands.get(i);
            String title = d.title() == null || i == 0 ? d.title() : d.title() + " (continued)";
            // The page first: a long credit (a filtered export's) is cut at its end, never the page number.
            String credit = "Page " + (i + 1) + " of " + bands.size() + (d.credit() == null ? "" : " · " + d.credit());
            TimelineScene page = new TimelineScene(scene.layout(), scene.scale(), scene.axisZone(), scene.width(),
                    chrome + band[1] - band[0], band[0], scene.eventOf(), scene.selectedId(), scene.highlighted(),
                    scene.dimmed(), new Decorations(title, credit, d.legend(), false), scene.focus(), scene.notReporting());
            pages.add(new TimelineFigure(page, theme, columns));
        }
        return pages;
    }

    /**
     * Pages on day columns each planned for the events they hold, so a page of one busy day gives
     * it the width of the quiet ones; a page none of whose events is a day's card keeps the
     * figure's columns. The days, and so the axis's names, are the same on every page.
     */
    private List<Picture> columnPages(double pageHeight) {
        Selection sel = paper.sel();
        ZoneId zone = sel.data().zone();
        Decorations d = scene.decorations();
        Map<String, List<Event>> lanes = new LinkedHashMap<>();
        for (Lane lane : scene.layout().lanes()) {
            lanes.put(lane.key(), new ArrayList<>());
        }
        for (Event e : sel.events()) {
            lanes.computeIfAbsent(e.track().id(), k -> new ArrayList<>()).add(e);
        }
        Decorations measured = new Decorations(d.title(), "Page", d.legend(), false);
        // A card over several days goes with its first day's cards.
        Function<Event, LocalDate> dayOf = e -> e.time().precision() == Precision.DAY
                ? Objects.requireNonNullElse(DayColumns.cardDay(e, zone), e.time().startDate())
                : DayColumns.cardDay(e, zone);
        List<List<Event>> split = ColumnPages.split(new ArrayList<>(lanes.values()), dayOf,
                DayColumns.cardOrder(zone), events -> page(events, measured).scene().height(), pageHeight);
        List<Picture> pages = new ArrayList<>(split.size());
        for (int i = 0; i < split.size(); i++) {
            String title = d.title() == null || i == 0 ? d.title() : d.title() + " (continued)";
            // The page first: a long credit (a filtered export's) is cut at its end, never the page number.
            String credit = "Page " + (i + 1) + " of " + split.size() + (d.credit() == null ? "" : " · " + d.credit());
            pages.add(page(split.get(i), new Decorations(title, credit, d.legend(), false)));
        }
        return pages;
    }

    private TimelineFigure page(List<Event> events, Decorations decorations) {
        DayColumns own = plan(paper.sel(), events, paper.range(), paper.width()).orElse(columns);
        return onColumns(paper.sel(), events, paper.range(), own, paper.width(), theme, decorations, null);
    }

    /**
     * The title, the axis and the first rows down to {@code height}: a scene whose lanes end there, so
     * only the events in it are drawn (the whole figure draws every event, wherever it is).
     */
    @Override
    public Picture top(double height) {
        if (scene.height() <= height) {
            return this;
        }
        double chrome = scene.height() - scene.bodyHeight();
        double band = Math.max(0, height - scene.bodyTop());
        Decorations d = scene.decorations();
        TimelineScene cut = new TimelineScene(scene.layout(), scene.scale(), scene.axisZone(), scene.width(),
                chrome + band, 0, scene.eventOf(), scene.selectedId(), scene.highlighted(), scene.dimmed(),
                new Decorations(d.title(), d.credit(), d.legend(), false), scene.focus(), scene.notReporting());
        // The legend and the credit below the cut fall outside the bitmap: the top shows what the file's top does.
        return new Top(new TimelineFigure(cut, theme, columns), height);
    }

    /** The top {@code height} of {@code whole}, which paints further down: a bitmap this tall leaves the rest out. */
    private record Top(Picture whole, double height) implements Picture {

        @Override
        public double width() {
            return whole.width();
        }

        @Override
        public Theme theme() {
            return whole.theme();
        }

        @Override
        public void paint(Painter painter) {
            whole.paint(painter);
        }
    }

    @Override
    public void paint(Painter painter) {
        (columns == null ? new TimelinePainter() : TimelinePainter.inColumns(columns)).paint(painter, scene, theme);
    }
}
