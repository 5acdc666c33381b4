package org.parley.ui.present;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.Precision;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;
import org.parley.render.timeline.ModalityStyle;

/**
 * The strip under a slide of the talks, made to be read from the back of a room rather than
 * explored: the step's period as one column a day, every day named ("Wed 12 Jan"), each event of
 * the deck a block in its kind's colour in its day's column, in story order (those already told
 * solid, those to come pale), and the step's own event marked and named in full underneath. No
 * lane gutter and no clipped titles: a day with more events than fit says how many it leaves out.
 * Plain render code, no toolkit; sizes are logical px at the slide's art zoom (type 10 = 3 % of
 * the slide's height).
 */
final class DayStrip {

    /** What a text on the strip is, for tests that check what a class can read. */
    enum Role { DAY, HIDDEN_COUNT, TITLE, OUTSIDE, WEEK, TALKS, MORE }

    /** One text as painted: its box in the strip's logical px and its type size. */
    record Text(String text, Role role, double x, double baseline, double width, double size) {
    }

    static final FontSpec DAY_FONT = FontSpec.sans(10);
    static final FontSpec TODAY_FONT = FontSpec.sansBold(10);
    static final FontSpec TITLE_FONT = FontSpec.sansBold(10);
    /** Above this many days the strip shows a week around the step instead of the whole period. */
    static final int MOST_DAYS = 14;
    private static final int WINDOW_DAYS = 7;
    private static final double SIDE = 2;
    private static final double PAD = 4;
    private static final double HEADER = 17;
    /** Block sizes tried, largest first, until the busiest day's blocks fit. */
    private static final double LARGEST_BLOCK = 12;
    private static final double SMALLEST_BLOCK = 6;
    private static final double GAP = 2.5;
    private static final double LINE = 14;
    /** Between a day's name and the count of its events left without a block. */
    private static final double COUNT_GAP = 6;
    private static final double SPAN_ROW = 9;
    private static final int MOST_TITLE_LINES = 2;
    private static final List<DateTimeFormatter> DAY_FORMATS = List.of(
            DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d", Locale.ENGLISH));

    /** The deck's events known to the day, by the day they start, each day's in story order. */
    private final Map<LocalDate, List<Event>> byDay;
    private final Map<String, Integer> storyIndex = new HashMap<>();
    private final Optional<DateRange> focus;
    /** The days the filters keep, when they keep a time range: the others are drawn as context. */
    private final Optional<DateRange> kept;
    private List<Text> lastTexts = List.of();
    /** The days the last {@link #paint} drew as outside the filter. */
    private List<LocalDate> lastOutside = List.of();
    /** The side of the blocks the last {@link #paint} drew, in logical px. */
    private double lastBlockSize;
    /** How many of each day's events the last {@link #paint} had no block for, for the days that left some out. */
    private Map<LocalDate, Integer> lastHidden = Map.of();

    /** @param deck every event of the deck, in the deck's (story) order */
    DayStrip(List<Event> deck, Optional<DateRange> focus) {
        this(deck, focus, Optional.empty());
    }

    /**
     * @param kept the days a time filter keeps, if one chose the deck: the strip still spans the
     *             focus period, the days outside greyed, so "Filtered: on 10 Jan 2022" and a week
     *             of days drawn alike do not contradict each other
     */
    DayStrip(List<Event> deck, Optional<DateRange> focus, Optional<DateRange> kept) {
        this.focus = focus;
        this.kept = kept;
        // Looked up per day at every slide: a scan of a 100,000-event deck made each click wait.
        this.byDay = deck.stream().filter(e -> e.time().precision().atLeast(Precision.DAY))
                .collect(Collectors.groupingBy(e -> e.time().startDate(), Collectors.toUnmodifiableList()));
        for (int i = 0; i < deck.size(); i++) {
            storyIndex.putIfAbsent(deck.get(i).id(), i);
        }
    }

    /**
     * The days the strip shows for {@code event}: the focus period when the event falls in it (a
     * month-long backdrop of the week included), else a week around the event; empty when the event
     * is longer than that and outside the focus, so no run of days can show it.
     */
    Optional<List<LocalDate>> period(Event event) {
        LocalDate first = firstDay(event);
        LocalDate last = lastDay(event);
        if (focus.isPresent() && !last.isBefore(focus.get().first()) && !first.isAfter(focus.get().last())) {
            DateRange f = focus.get();
            if (f.days() <= MOST_DAYS) {
                return Optional.of(days(f.first(), f.last()));
            }
            LocalDate from = first.minusDays(WINDOW_DAYS / 2);
            if (from.isBefore(f.first())) {
                from = f.first();
            }
            LocalDate to = from.plusDays(WINDOW_DAYS - 1);
            if (to.isAfter(f.last())) {
                to = f.last();
                from = to.minusDays(WINDOW_DAYS - 1);
            }
            return Optional.of(days(from, to));
        }
        long length = last.toEpochDay() - first.toEpochDay() + 1;
        if (length > WINDOW_DAYS) {
            return Optional.empty();
        }
        LocalDate from = first.minusDays((WINDOW_DAYS - length) / 2);
        return Optional.of(days(from, from.plusDays(WINDOW_DAYS - 1)));
    }

    /** The texts the last {@link #paint} drew, in logical px. */
    List<Text> lastTexts() {
        return lastTexts;
    }

    /** The side of the blocks the last {@link #paint} drew, in logical px. */
    double lastBlockSize() {
        return lastBlockSize;
    }

    /** The days the last {@link #paint} greyed as outside the filter. */
    List<LocalDate> lastOutside() {
        return lastOutside;
    }

    /** How many events of each day the last {@link #paint} left without a block, for the days that left some out. */
    Map<LocalDate, Integer> lastHidden() {
        return lastHidden;
    }

    private boolean outside(LocalDate day) {
        return kept.isPresent() && !kept.get().contains(day);
    }

    /**
     * The height, in logical px, at which the strip for {@code current} over {@code days} keeps a row of full-size
     * blocks, the step's ring and a title's lines apart. Below it the title, drawn from the strip's foot up, was
     * painted over the blocks (a slide 540 px high: 1080p at twice the scale).
     */
    double heightShowingAll(Event current, List<LocalDate> days) {
        double blocksTop = HEADER + 5 + (spans(current, days) ? SPAN_ROW : 0);
        // The step's block is drawn a px larger and ringed 3 px out; the title starts 6 px under the blocks. The
        // room is a title's of the most lines whatever this one's, as paint keeps it, so the blocks do not move.
        return blocksTop + LARGEST_BLOCK + 3 + 6 + MOST_TITLE_LINES * LINE + 3;
    }

    /** Whether the step takes a bar across its days: known to less than the day, or over more than one shown day. */
    private static boolean spans(Event current, List<LocalDate> days) {
        if (!current.time().precision().atLeast(Precision.DAY)) {
            return true;
        }
        LocalDate from = days.get(0);
        long first = Math.max(0, firstDay(current).toEpochDay() - from.toEpochDay());
        long last = Math.min(days.size() - 1, lastDay(current).toEpochDay() - from.toEpochDay());
        return first != last;
    }

    /** Paints the strip for {@code current} over {@code days}, filling {@code width} × {@code height}. */
    void paint(Painter p, Event current, List<LocalDate> days, double width, double height, Theme theme) {
        List<Text> texts = new ArrayList<>();
        int n = days.size();
        double column = (width - 2 * SIDE) / n;
        LocalDate from = days.get(0);
        LocalDate to = days.get(n - 1);
        LocalDate first = firstDay(current);
        LocalDate last = lastDay(current);
        int currentFrom = (int) Math.max(0, first.toEpochDay() - from.toEpochDay());
        int currentTo = (int) Math.min(n - 1, last.toEpochDay() - from.toEpochDay());

        p.save();
        ContextBandStrip.ground(p, theme, width, height);

        p.setFont(TITLE_FONT);
        List<String> title = titleLines(p, current.title(), width - 2 * SIDE);
        double titleTop = height - title.size() * LINE - 3;
        boolean spans = spans(current, days);
        // A step longer than a day gets a bar across its days, in a row of its own above the blocks.
        double blocksTop = HEADER + 5 + (spans ? SPAN_ROW : 0);
        double blocksBottom = titleTop - 6;
        // The blocks are sized and wrapped for a title of the most lines, whatever this one takes: fitted to each
        // title, a step named on two lines shrank every block and rewrapped the busy day, and the grid jumped
        // between steps in front of the class.
        double blocksRoom = height - MOST_TITLE_LINES * LINE - 3 - 6;

        // The step's days, tinted behind everything.
        double spanLeft = SIDE + currentFrom * column;
        double spanRight = SIDE + (currentTo + 1) * column;
        p.setFill(theme.selection().withAlpha(0.10));
        p.fillRect(spanLeft, 1, spanRight - spanLeft, blocksBottom + 2);

        List<LocalDate> outside = days.stream().filter(this::outside).toList();
        // Under the blocks: the deck's events on those days (a 9–11 January step the 10th keeps,
        // drawn from the 9th) passed the filter and stay at full strength.
        outsideTheFilter(p, theme, days, column, blocksBottom, texts);

        double block = blockSize(days, column, blocksTop, blocksRoom);
        int room = perRow(column, block) * rows(blocksTop, blocksRoom, block);
        DateTimeFormatter format = dayFormat(p, days, column - 2 * PAD, room);
        // Where the title's line starts: the step's own block, once drawn (NaN until then).
        double[] anchor = {Double.NaN, blocksTop};
        Map<LocalDate, Integer> hiddenByDay = new HashMap<>();
        for (int i = 0; i < n; i++) {
            LocalDate day = days.get(i);
            double x = SIDE + i * column;
            if (i > 0) {
                p.setStroke(theme.grid());
                p.setLineWidth(1);
                p.strokeLine(x, 1, x, blocksBottom + 2);
            }
            boolean today = i >= currentFrom && i <= currentTo;
            String name = format.format(day);
            p.setFont(today ? TODAY_FONT : DAY_FONT);
            p.setFill(today ? theme.text() : theme.mutedText());
            double baseline = 4 + p.ascent();
            p.fillText(name, x + PAD, baseline, TextAnchor.START);
            double nameWidth = p.textWidth(name);
            texts.add(new Text(name, Role.DAY, x + PAD, baseline, nameWidth, (today ? TODAY_FONT : DAY_FONT).size()));
            int hidden = blocks(p, theme, current, day, x, column, block, blocksTop, blocksRoom, anchor);
            if (hidden > 0) {
                hiddenByDay.put(day, hidden);
                String more = "+" + hidden;
                p.setFont(DAY_FONT);
                double w = p.textWidth(more);
                if (x + PAD + nameWidth + COUNT_GAP + w <= x + column - PAD) {
                    p.setFill(theme.mutedText());
                    p.fillText(more, x + column - PAD, baseline, TextAnchor.END);
                    texts.add(new Text(more, Role.HIDDEN_COUNT, x + column - PAD - w, baseline, w, DAY_FONT.size()));
                }
            }
        }
        if (spans) {
            double barBottom = span(p, theme, first.isBefore(from), last.isAfter(to), spanLeft, spanRight, HEADER + 3);
            // The line runs from the ringed block, not from the bar's middle: dropped from the middle of 9–11 January
            // it passed Monday's blocks and read as pointing at Monday, the ringed block on Sunday.
            if (Double.isNaN(anchor[0])) {
                anchor[0] = (spanLeft + spanRight) / 2;
                anchor[1] = barBottom;
            }
        } else if (Double.isNaN(anchor[0])) {
            anchor[0] = (spanLeft + spanRight) / 2;
        }
        titles(p, theme, title, anchor, titleTop, width, texts);
        p.restore();
        lastTexts = List.copyOf(texts);
        lastOutside = outside;
        lastBlockSize = block;
        lastHidden = Map.copyOf(hiddenByDay);
    }

    static final String OUTSIDE_CAPTION = "outside the filter";

    /**
     * Each run of days outside the filter hatched, and captioned at its foot when the caption fits
     * the run: the days stay as the week's frame, plainly not the ones the filter chose.
     */
    private void outsideTheFilter(Painter p, Theme theme, List<LocalDate> days, double column, double bottom,
                                  List<Text> texts) {
        int i = 0;
        while (i < days.size()) {
            if (!outside(days.get(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < days.size() && outside(days.get(end + 1))) {
                end++;
            }
            double left = SIDE + i * column;
            double right = SIDE + (end + 1) * column;
            p.save();
            p.clipRect(left, 1, right - left, bottom + 1);
            p.setFill(theme.mutedText().withAlpha(0.10));
            p.fillRect(left, 1, right - left, bottom + 1);
            p.setStroke(theme.grid());
            p.setLineWidth(1);
            for (double x = left - bottom; x < right; x += HATCH) {
                p.strokeLine(x, bottom + 2, x + bottom + 1, 1);
            }
            p.restore();
            p.setFont(DAY_FONT);
            double w = p.textWidth(OUTSIDE_CAPTION);
            if (w <= right - left - 2 * PAD) {
                double baseline = bottom - 3;
                double x = (left + right - w) / 2;
                // On the panel's colour, so the hatching does not run through the words.
                p.setFill(theme.panel());
                p.fillRect(x - 3, baseline - p.ascent() - 1, w + 6, p.ascent() + 4);
                p.setFill(theme.mutedText());
                p.fillText(OUTSIDE_CAPTION, x, baseline, TextAnchor.START);
                texts.add(new Text(OUTSIDE_CAPTION, Role.OUTSIDE, x, baseline, w, DAY_FONT.size()));
            }
            i = end + 1;
        }
    }

    private static final double HATCH = 7;

    /**
     * The day's blocks, wrapped in rows; the current event's drawn large and ringed, its bottom
     * centre stored in {@code anchor}. Returns how many events did not fit.
     */
    private int blocks(Painter p, Theme theme, Event current, LocalDate day, double x, double column, double size,
                       double top, double bottom, double[] anchor) {
        List<Event> here = eventsOn(day);
        int perRow = perRow(column, size);
        int room = perRow * rows(top, bottom, size);
        List<Event> shown = new ArrayList<>(here.subList(0, Math.min(room, here.size())));
        int at = here.indexOf(current);
        if (at >= room) {
            // The step's own event is never among those left out.
            shown.set(room - 1, current);
        }
        int told = storyIndex.getOrDefault(current.id(), -1);
        for (int i = 0; i < shown.size(); i++) {
            Event e = shown.get(i);
            double bx = x + PAD + (i % perRow) * (size + GAP);
            double by = top + (i / perRow) * (size + GAP);
            Rgba colour = theme.kind(e.kind());
            if (e.id().equals(current.id())) {
                continue;
            }
            boolean toCome = storyIndex.getOrDefault(e.id(), -1) > told;
            block(p, e, toCome ? colour.withAlpha(0.35) : colour, bx, by, size);
        }
        int mine = shown.indexOf(current);
        if (mine >= 0) {
            double bx = x + PAD + (mine % perRow) * (size + GAP);
            double by = top + (mine / perRow) * (size + GAP);
            block(p, current, theme.kind(current.kind()), bx - 1, by - 1, size + 2);
            p.setStroke(theme.selection());
            p.setLineWidth(2);
            p.strokeRect(bx - 3, by - 3, size + 6, size + 6);
            anchor[0] = bx + size / 2;
            anchor[1] = by + size + 3;
        }
        return here.size() - shown.size();
    }

    /** A block in its kind's colour; hollow with a dashed edge for what had not happened as of the papers, as on the timeline. */
    private static void block(Painter p, Event e, Rgba colour, double x, double y, double size) {
        bar(p, e, colour, x, y, size, size);
    }

    /** A block or bar {@code w} × {@code h}, solid or, for what had not happened, hollow with a dashed edge. */
    static void bar(Painter p, Event e, Rgba colour, double x, double y, double w, double h) {
        if (!ModalityStyle.distinct(e.modality())) {
            p.setFill(colour);
            p.fillRect(x, y, w, h);
            return;
        }
        p.setFill(colour.withAlpha(colour.a() * 0.25));
        p.fillRect(x, y, w, h);
        p.setStroke(colour);
        p.setLineWidth(2);
        p.setLineDash(ModalityStyle.dashes(e.modality()));
        p.strokeRect(x + 1, y + 1, w - 2, h - 2);
        p.setLineDash();
    }

    private List<Event> eventsOn(LocalDate day) {
        return byDay.getOrDefault(day, List.of());
    }

    /** The largest block size at which the busiest day of {@code days} shows all its events. */
    private double blockSize(List<LocalDate> days, double column, double top, double bottom) {
        int busiest = days.stream().mapToInt(d -> eventsOn(d).size()).max().orElse(0);
        for (double size = LARGEST_BLOCK; size > SMALLEST_BLOCK; size -= 1) {
            if (perRow(column, size) * rows(top, bottom, size) >= busiest) {
                return size;
            }
        }
        return SMALLEST_BLOCK;
    }

    private static int perRow(double column, double size) {
        return Math.max(1, (int) ((column - 2 * PAD + GAP) / (size + GAP)));
    }

    private static int rows(double top, double bottom, double size) {
        return Math.max(1, (int) ((bottom - top + GAP) / (size + GAP)));
    }

    /**
     * A step longer than a day: a bar across its days at the top of the blocks, with an arrow at
     * each end that runs on beyond the strip. Returns the bar's bottom.
     */
    private static double span(Painter p, Theme theme, boolean before, boolean after, double left, double right,
                               double top) {
        double y = top;
        double h = SPAN_ROW - 4;
        double x0 = left + (before ? 8 : PAD);
        double x1 = right - (after ? 8 : PAD);
        p.setFill(theme.selection());
        p.fillRect(x0, y, x1 - x0, h);
        if (before) {
            p.fillPolygon(new double[] {left + 1, x0, x0}, new double[] {y + h / 2, y - 3, y + h + 3}, 3);
        }
        if (after) {
            p.fillPolygon(new double[] {right - 1, x1, x1}, new double[] {y + h / 2, y - 3, y + h + 3}, 3);
        }
        return y + h;
    }

    /** The title, centred under its mark but kept inside the strip, with a line from the mark. */
    private static void titles(Painter p, Theme theme, List<String> lines, double[] anchor, double top, double width,
                               List<Text> texts) {
        p.setFont(TITLE_FONT);
        p.setStroke(theme.selection());
        p.setLineWidth(2);
        p.strokeLine(anchor[0], anchor[1], anchor[0], top + 1);
        double ascent = p.ascent();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            double w = p.textWidth(line);
            double x = Math.max(SIDE, Math.min(width - SIDE - w, anchor[0] - w / 2));
            double baseline = top + i * LINE + (LINE + ascent) / 2;
            p.setFill(theme.text());
            p.fillText(line, x, baseline, TextAnchor.START);
            texts.add(new Text(line, Role.TITLE, x, baseline, w, TITLE_FONT.size()));
        }
    }

    /**
     * The title in as few lines as fit {@code room}, broken between words only. A title that needs
     * more lines than the strip has ends with "…" after its last whole word that fits.
     */
    static List<String> titleLines(Painter p, String title, double room) {
        String[] words = title.strip().split("\\s+");
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || p.textWidth(tried) <= room) {
                line.setLength(0);
                line.append(tried);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        if (lines.size() <= MOST_TITLE_LINES) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, MOST_TITLE_LINES));
        String tail = kept.get(MOST_TITLE_LINES - 1);
        while (p.textWidth(tail + " \u2026") > room && tail.contains(" ")) {
            tail = tail.substring(0, tail.lastIndexOf(' '));
        }
        kept.set(MOST_TITLE_LINES - 1, tail + " \u2026");
        return kept;
    }

    /**
     * The longest day format whose every label fits a column beside the count of the day's events left without a block
     * ({@code blocks} fit a column), so each day is named the same way. Fitted to the names alone, "Wed 12 Jan" left
     * no room for Wednesday's "+18" on a slide 540 px high, and nothing said half its blocks were missing; a row of
     * its own for the count would have taken height from the slide's summary.
     */
    private DateTimeFormatter dayFormat(Painter p, List<LocalDate> days, double room, int blocks) {
        p.setFont(DAY_FONT);
        double[] countWidth = days.stream().mapToDouble(d -> {
            int hidden = eventsOn(d).size() - blocks;
            return hidden > 0 ? COUNT_GAP + p.textWidth("+" + hidden) : 0;
        }).toArray();
        p.setFont(TODAY_FONT);
        for (DateTimeFormatter f : DAY_FORMATS) {
            boolean fits = true;
            for (int i = 0; i < days.size() && fits; i++) {
                fits = p.textWidth(f.format(days.get(i))) + countWidth[i] <= room;
            }
            if (fits) {
                return f;
            }
        }
        return DAY_FORMATS.get(DAY_FORMATS.size() - 1);
    }

    static LocalDate firstDay(Event e) {
        return e.time().startDate();
    }

    /** The last calendar day the event touches: its exclusive end, less a moment. */
    static LocalDate lastDay(Event e) {
        return e.time().lastDate();
    }

    private static List<LocalDate> days(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }
}
