package org.parley.ui.present;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.Precision;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;

/**
 * The strip under a context step: the long run of time the deck covers (from the first background
 * event's half-decade to the talks), every background event as a mark, the step's own events in
 * their kind's colour and the others muted, the talks marked, and the stretch the step covers
 * framed — so the class sees where "how we got here" sits before the week. The main window's
 * context band shows the same run; this one fills a slide's width and uses the dataset's own span
 * rather than fixed years. Plain render code, no toolkit.
 */
final class ContextBandStrip {

    /** The strip's type, 3 % of the slide's height once the strip is zoomed like the rest of the art. */
    static final FontSpec YEAR_FONT = FontSpec.sans(10);
    private static final FontSpec CAPTION_FONT = FontSpec.sansBold(10);
    private static final double SIDE = 12;
    private static final double YEAR_ROW = 14;
    private static final double CAPTION_ROW = 16;
    private static final int LABEL_EVERY_YEARS = 5;

    private final ZoneId zone;
    /**
     * Where the background events known to the day or better sit: their midpoints in epoch ms,
     * sorted. Drawn a line per pixel column that holds any (a 100,000-event deck's tens of
     * thousands of lines, one by one, held a slide for seconds).
     */
    private final long[] points;
    /** The spans of the background events known only to the month or year, joined where they overlap: [start, end) pairs in epoch ms. */
    private final long[] spans;
    private final Set<String> backgroundIds;
    private final Optional<DateRange> focus;
    private final long from;
    private final long to;
    /** Years between labels: every year over a few years (a filtered deck's background), else every fifth or tenth. */
    private final int labelEvery;

    /** @param background every background event of the deck (those before the focus); not empty */
    ContextBandStrip(List<Event> background, ZoneId zone, Optional<DateRange> focus) {
        if (background.isEmpty()) {
            throw new IllegalArgumentException("a context band needs background events");
        }
        this.zone = zone;
        this.points = background.stream().filter(e -> !rough(e))
                .mapToLong(e -> (e.time().startInstant().toEpochMilli() + e.time().endInstant().toEpochMilli()) / 2)
                .sorted().toArray();
        this.spans = joined(background.stream().filter(ContextBandStrip::rough).toList());
        this.backgroundIds = background.stream().map(Event::id).collect(Collectors.toUnmodifiableSet());
        this.focus = focus;
        int firstYear = background.stream().mapToInt(e -> e.time().startDate().getYear()).min().orElseThrow();
        firstYear -= Math.floorMod(firstYear, LABEL_EVERY_YEARS);
        Instant last = background.stream().map(e -> e.time().endInstant()).max(Instant::compareTo).orElseThrow();
        if (focus.isPresent() && focus.get().endIn(zone).isAfter(last)) {
            last = focus.get().endIn(zone);
        }
        int lastYear = last.atZone(zone).getYear() + 1;
        this.from = yearStart(firstYear);
        this.to = yearStart(lastYear);
        int span = lastYear - firstYear;
        this.labelEvery = span <= 8 ? 1 : span <= 60 ? LABEL_EVERY_YEARS : 2 * LABEL_EVERY_YEARS;
    }

    /** The first and the last year the band shows, for tests and captions. */
    int firstYear() {
        return Instant.ofEpochMilli(from).atZone(zone).getYear();
    }

    int endYear() {
        return Instant.ofEpochMilli(to).atZone(zone).getYear();
    }

    /** Where {@code instant} sits across a band drawn {@code width} logical px wide. */
    double xOf(Instant instant, double width) {
        return xOf(instant.toEpochMilli(), width);
    }

    /** Paints the band for {@code step} filling {@code width} × {@code height} logical px at the origin. */
    void paint(Painter p, List<Event> stepEvents, double width, double height, Theme theme) {
        double marksTop = YEAR_ROW + 2;
        double marksBottom = height - CAPTION_ROW;
        p.save();
        ground(p, theme, width, height);
        years(p, theme, width, marksBottom);
        // Muted marks first, so the step's own are drawn over them.
        muted(p, theme.mutedText().withAlpha(0.55), width, marksTop, marksBottom);
        for (Event e : stepEvents) {
            if (backgroundIds.contains(e.id())) {
                mark(p, e, theme.kind(e.kind()), width, marksTop, marksBottom);
            }
        }
        double talksLeft = talks(p, theme, width, marksTop, marksBottom, height);
        window(p, theme, stepEvents, width, marksTop, marksBottom, height, talksLeft);
        p.restore();
    }

    /** What every strip at a slide's foot stands on: the panel's colour under a rule. */
    static void ground(Painter p, Theme theme, double width, double height) {
        p.setFill(theme.panel());
        p.fillRect(0, 0, width, height);
        p.setStroke(theme.gridStrong());
        p.setLineWidth(1);
        p.strokeLine(0, 0.5, width, 0.5);
    }

    private void years(Painter p, Theme theme, double width, double marksBottom) {
        p.setFont(YEAR_FONT);
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        for (int year = firstYear(); year <= endYear(); year++) {
            double x = xOf(Instant.ofEpochMilli(yearStart(year)), width);
            boolean labelled = year % labelEvery == 0;
            p.setStroke(labelled ? theme.gridStrong() : theme.grid());
            p.setLineWidth(1);
            p.strokeLine(x, labelled ? YEAR_ROW - 10 : marksBottom - 6, x, marksBottom);
            String text = Integer.toString(year);
            if (labelled && year < endYear() && x + 3 > lastLabelEnd + 6) {
                p.setFill(theme.mutedText());
                p.fillText(text, x + 3, YEAR_ROW - 2, TextAnchor.START);
                lastLabelEnd = x + 3 + p.textWidth(text);
            }
        }
    }

    /** Known only to the month or year: drawn as the stretch it may be in, where that is wider than a line. */
    private static boolean rough(Event e) {
        return e.time().precision().ordinal() <= Precision.MONTH.ordinal();
    }

    /** The events' spans, sorted and joined where they overlap or touch, as [start, end) pairs. */
    private static long[] joined(List<Event> events) {
        long[][] sorted = events.stream()
                .map(e -> new long[] {e.time().startInstant().toEpochMilli(), e.time().endInstant().toEpochMilli()})
                .sorted(Comparator.comparingLong(r -> r[0])).toArray(long[][]::new);
        long[] out = new long[2 * sorted.length];
        int n = 0;
        for (long[] r : sorted) {
            if (n > 0 && r[0] <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], r[1]);
            } else {
                out[n++] = r[0];
                out[n++] = r[1];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Every background event, muted: the joined spans, and a line in each pixel column that holds a
     * midpoint. The columns are looked up, so the cost is the strip's width, not the deck's size.
     */
    private void muted(Painter p, Rgba colour, double width, double top, double bottom) {
        p.setFill(colour.withAlpha(Math.min(0.35, colour.a())));
        p.setStroke(colour);
        p.setLineWidth(2.5);
        for (int i = 0; i < spans.length; i += 2) {
            double x0 = xOf(spans[i], width);
            double x1 = xOf(spans[i + 1], width);
            if (x1 - x0 >= 2) {
                p.fillRect(x0, top + 6, x1 - x0, bottom - top - 12);
            } else {
                p.strokeLine((x0 + x1) / 2, top + 2, (x0 + x1) / 2, bottom - 2);
            }
        }
        double inner = Math.max(1, width - 2 * SIDE);
        double msPerPx = (to - from) / inner;
        for (double x = SIDE; x <= width - SIDE + 1; x += 1) {
            long t0 = from + (long) Math.floor((x - 0.5 - SIDE) * msPerPx);
            long t1 = from + (long) Math.floor((x + 0.5 - SIDE) * msPerPx);
            int at = Arrays.binarySearch(points, t0);
            int first = at >= 0 ? at : -at - 1;
            // binarySearch finds some equal key, not the first: any point in the column will do.
            if (first < points.length && points[first] < t1) {
                p.strokeLine(x, top + 2, x, bottom - 2);
            }
        }
    }

    private double xOf(long epochMillis, double width) {
        double inner = Math.max(1, width - 2 * SIDE);
        return SIDE + (epochMillis - from) * inner / (to - from);
    }

    private void mark(Painter p, Event e, Rgba colour, double width, double top, double bottom) {
        double x0 = xOf(e.time().startInstant(), width);
        double x1 = xOf(e.time().endInstant(), width);
        if (rough(e) && x1 - x0 >= 2) {
            p.setFill(colour.withAlpha(Math.min(0.35, colour.a())));
            p.fillRect(x0, top + 6, x1 - x0, bottom - top - 12);
        } else {
            p.setStroke(colour);
            p.setLineWidth(2.5);
            double x = (x0 + x1) / 2;
            p.strokeLine(x, top + 2, x, bottom - 2);
        }
    }

    /** Marks the talks and returns where their label starts, or +∞ when there is no focus. */
    private double talks(Painter p, Theme theme, double width, double top, double bottom, double height) {
        if (focus.isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        double x0 = xOf(focus.get().startIn(zone), width);
        double x1 = xOf(focus.get().endIn(zone), width);
        p.setFill(theme.highlight());
        p.fillRect(x0 - 1, top, Math.max(3, x1 - x0), bottom - top);
        p.setFont(CAPTION_FONT);
        String text = "focus";   // the main timeline band's word: "the talks" would be true of the bundled week alone
        double textWidth = p.textWidth(text);
        double right = Math.min(width - 2, x1 + textWidth / 2);
        p.fillText(text, right, height - 3, TextAnchor.END);
        return right - textWidth;
    }

    /** Frames the step's stretch of time and names it under the frame when there is room. */
    private void window(Painter p, Theme theme, List<Event> stepEvents, double width, double top, double bottom,
                        double height, double talksLeft) {
        Instant start = stepEvents.stream().map(e -> e.time().startInstant()).min(Instant::compareTo).orElseThrow();
        Instant end = stepEvents.stream().map(e -> e.time().endInstant()).max(Instant::compareTo).orElseThrow();
        double x0 = xOf(start, width) - 3;
        double x1 = Math.max(x0 + 8, xOf(end, width) + 3);
        p.setFill(theme.selection().withAlpha(0.12));
        p.fillRect(x0, top - 2, x1 - x0, bottom - top + 4);
        p.setStroke(theme.selection());
        p.setLineWidth(2);
        p.strokeRect(x0, top - 2, x1 - x0, bottom - top + 4);
        p.setFont(CAPTION_FONT);
        p.setFill(theme.selection());
        String text = "this step: " + stepEvents.size() + (stepEvents.size() == 1 ? " event" : " events");
        double textWidth = p.textWidth(text);
        double left = Math.max(2, Math.min(x0, width - 2 - textWidth));
        if (left + textWidth < talksLeft - 8) {
            p.fillText(text, left, height - 3, TextAnchor.START);
        } else if (talksLeft - 16 - textWidth >= 2) {
            // A stretch next to the talks: its name goes just before theirs rather than nowhere.
            p.fillText(text, talksLeft - 16, height - 3, TextAnchor.END);
        }
    }

    private long yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
