package org.parley.export.image;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Evidence;
import org.parley.model.Precision;
import org.parley.model.Track;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;

/**
 * The timeline a slide can hold: one row per period, read left to right, each row's events flowing
 * as a paragraph of "● title" entries at the slide's least type size. A window of up to two weeks is
 * a row per day (an empty day says so) with a row for what the papers date only to the month; a
 * longer range is a row per month, year or decade that has events, the finest whose rows fit, with
 * a muted row for what is dated more roughly than that. A row gets lines in proportion to what it
 * has to say; what does not fit is counted ("+ 29 more") and drawn as one dot per event in its
 * kind's colour while the dots fit in a line, so every event of a week stays on the slide. A row
 * lists its events most telling first: meetings, then what more papers reported, taking each
 * strand of the period in turn.
 *
 * @param rows  the rows, in order, with their events most telling first
 * @param lines how many lines each row gets
 * @param type  the least type size, in logical px (3 % of the slide's height)
 */
record PeriodRowsFigure(Unit unit, List<Row> rows, List<Integer> lines, Theme theme, double width, double height,
                        double type, boolean filtered) implements Picture {

    /** The longest window drawn as rows of days; a longer one gets rows of months or longer. */
    static final int MAX_DAYS = 14;

    /** The label of the row, among days, of what began before the first day and runs into it. */
    static final String BEGAN_EARLIER = "Began earlier";

    private static final double LINE = 1.22;
    private static final double PAD = 0.35;

    /** What one row spans, finest first. */
    enum Unit {
        DAY(Precision.DAY, "EEE d MMM"),
        MONTH(Precision.MONTH, "MMM u"),
        YEAR(Precision.YEAR, "u"),
        DECADE(Precision.DECADE, null);

        /** The coarsest precision an event may have and still be placed in a row of this unit. */
        private final Precision coarsest;
        private final DateTimeFormatter format;

        Unit(Precision coarsest, String pattern) {
            this.coarsest = coarsest;
            this.format = pattern == null ? null : DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
        }

        /** The first day of the period holding {@code day}. */
        LocalDate periodOf(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case MONTH -> day.withDayOfMonth(1);
                case YEAR -> day.withDayOfYear(1);
                case DECADE -> LocalDate.of(Math.floorDiv(day.getYear(), 10) * 10, 1, 1);
            };
        }

        String label(LocalDate period) {
            return this == DECADE ? period.getYear() + "s" : format.format(period);
        }

        boolean places(Event e) {
            return e.time().precision().ordinal() >= coarsest.ordinal();
        }
    }

    /**
     * One row: its label and its events, most telling first; {@code undated} rows hold what is dated
     * more roughly than the row's unit ("Jan 2022" among days, "1990s" among years), or, among days,
     * what began before the first of them ({@link #BEGAN_EARLIER}).
     * {@code notReporting} says, of an event known only from a caption or a headline, which ("photo caption").
     */
    record Row(String label, List<Event> events, boolean undated, Map<String, String> notReporting) {
    }

    /**
     * The rows for {@code sel} in at most {@code maxHeight}, at the finest unit whose rows fit: days
     * for a window of up to two weeks, else months, years or decades; empty when not even one row per
     * decade fits, and the range is better drawn as a timeline proper.
     *
     * @param maxHeight the most it may take; it takes less when every title fits in fewer lines
     */
    static Optional<PeriodRowsFigure> of(Selection sel, Theme theme, double width, double maxHeight,
                                                   double type) {
        ZoneId zone = sel.data().zone();
        int room = (int) Math.floor((maxHeight - 2 * type * PAD) / (type * LINE));
        for (Unit unit : Unit.values()) {
            if (unit == Unit.DAY && !spansFewDays(sel, zone)) {
                continue;
            }
            List<Row> rows = rows(sel, unit, zone);
            if (rows.size() <= room) {
                return Optional.of(of(sel, unit, rows, theme, width, room, type));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code sel} spans few enough days to be drawn as rows of days. */
    static boolean spansFewDays(Selection sel, ZoneId zone) {
        if (sel.window() == null) {
            return false;
        }
        LocalDate first = sel.window().start().atZone(zone).toLocalDate();
        LocalDate last = sel.window().end().minusMillis(1).atZone(zone).toLocalDate();
        return !last.isBefore(first) && first.plusDays(MAX_DAYS).isAfter(last);
    }

    private static List<Row> rows(Selection sel, Unit unit, ZoneId zone) {
        TreeMap<LocalDate, List<Event>> byPeriod = new TreeMap<>();
        if (unit == Unit.DAY) {
            // Every day of a short window has its row, an empty one saying so.
            LocalDate first = sel.window().start().atZone(zone).toLocalDate();
            LocalDate last = sel.window().end().minusMillis(1).atZone(zone).toLocalDate();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                byPeriod.put(d, new ArrayList<>());
            }
        }
        Map<String, List<Event>> rough = new LinkedHashMap<>();
        List<Event> earlier = new ArrayList<>();
        for (Event e : sel.events()) {
            // By calendar day as the papers date it, like the timeline's day columns.
            LocalDate period = unit.periodOf(e.time().startDate());
            if (unit.places(e) && (unit != Unit.DAY || byPeriod.containsKey(period))) {
                byPeriod.computeIfAbsent(period, k -> new ArrayList<>()).add(e);
            } else if (unit == Unit.DAY && unit.places(e) && !byPeriod.isEmpty()
                    && period.isBefore(byPeriod.firstKey())) {
                // What began before the first day and runs into it shares one row: each had been a row of its
                // own labelled with its dates ("Thu 26 Sep 2013, 22:48 UTC"), whose width took a third of the slide.
                earlier.add(e);
            } else {
                rough.computeIfAbsent(e.time().label(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, String> notReporting = new HashMap<>();
        for (Event e : sel.events()) {
            sel.data().nonReportingKind(e).ifPresent(kind -> notReporting.put(e.id(), kind));
        }
        Map<String, String> notes = Map.copyOf(notReporting);
        List<Row> rows = new ArrayList<>();
        byPeriod.forEach((period, events) -> rows.add(new Row(unit.label(period), tellingFirst(events, notes.keySet()),
                false, notes)));
        List<Row> roughRows = new ArrayList<>();
        if (!earlier.isEmpty()) {
            rows.add(0, new Row(BEGAN_EARLIER, tellingFirst(earlier, notes.keySet()), true, notes));
        }
        rough.forEach((label, events) -> roughRows.add(new Row(label, tellingFirst(events, notes.keySet()), true, notes)));
        if (unit == Unit.DAY) {
            rows.addAll(roughRows);
            return rows;
        }
        // Over years, a decade's or a season's events sit where they fall in time, not after 2022.
        rows.addAll(roughRows);
        rows.sort(Comparator.comparing(r -> r.events().stream().map(e -> e.time().startInstant()).min(Comparator.naturalOrder())
                .orElseThrow()));
        return rows;
    }

    private static PeriodRowsFigure of(Selection sel, Unit unit, List<Row> rows, Theme theme, double width, int room,
                                       double type) {
        // Measured with the exporters' own fonts before painting, so the figure knows its height.
        Painter measuring = Java2DPainter.measuring();
        double lh = type * LINE;
        double pad = type * PAD;
        int total = Math.max(rows.size(), room);
        int[] lines = allot(flows(rows, measuring, width, type, total), rows, total);
        double height = Arrays.stream(lines).sum() * lh + 2 * pad;
        return new PeriodRowsFigure(unit, List.copyOf(rows), Arrays.stream(lines).boxed().toList(), theme, width, height,
                type, sel.filtered());
    }

    private static double gutter(List<Row> rows, Painter p, double type) {
        p.setFont(FontSpec.sansBold(type));
        return rows.stream().mapToDouble(r -> p.textWidth(r.label())).max().orElse(0) + 2 * type * PAD + type;
    }

    /** {@code mostLines}: no row can have more, so no flow measures beyond them. */
    private static List<Flow> flows(List<Row> rows, Painter p, double width, double type, int mostLines) {
        double textWidth = width - gutter(rows, p, type) - 2 * type * PAD;
        p.setFont(FontSpec.sans(type));
        List<Flow> flows = new ArrayList<>();
        for (Row r : rows) {
            flows.add(Flow.of(r.events(), textWidth, type, p::textWidth, r.notReporting(), mostLines));
        }
        return flows;
    }

    /**
     * Meetings first, then what more papers reported, in narrative order otherwise; taking the
     * day's strands (tracks) in turn, so a day's 28 council statements do not hide its other news.
     * What is known only from a caption or a headline ({@code notReporting}) comes last of its strand:
     * a photo caption's meeting had taken the place of the NATO council's rejection on a slide.
     */
    static List<Event> tellingFirst(List<Event> events, Set<String> notReporting) {
        Comparator<Event> telling = Comparator.<Event>comparingInt(e -> notReporting.contains(e.id()) ? 1 : 0)
                .thenComparingInt(e -> e.kind() == EventKind.MEETING ? 0 : 1)
                .thenComparing(Comparator.comparingLong(PeriodRowsFigure::sources).reversed());
        Map<Track, List<Event>> strands = new LinkedHashMap<>();
        for (Event e : events) {
            strands.computeIfAbsent(e.track(), k -> new ArrayList<>()).add(e);
        }
        List<List<Event>> queues = new ArrayList<>();
        strands.values().forEach(s -> queues.add(new ArrayList<>(s.stream().sorted(telling).toList())));
        queues.sort(Comparator.comparing((List<Event> q) -> q.get(0), telling));
        List<Event> out = new ArrayList<>(events.size());
        for (int i = 0; out.size() < events.size(); i++) {
            for (List<Event> q : queues) {
                if (i < q.size()) {
                    out.add(q.get(i));
                }
            }
        }
        return out;
    }

    private static long sources(Event e) {
        return e.evidence().stream().map(Evidence::source).distinct().count();
    }

    private int maxLines() {
        return lines.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    private FontSpec font() {
        return FontSpec.sans(type);
    }

    private FontSpec bold() {
        return FontSpec.sansBold(type);
    }

    private double lineHeight() {
        return type * LINE;
    }

    private double pad() {
        return type * PAD;
    }

    /** How many events get their titles written out, row by row (the rest are counted and dotted). */
    List<Integer> titled(Painter p) {
        List<Flow> flows = flows(rows, p, width, type, maxLines());
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(flows.get(i).lay(lines.get(i), p::textWidth).titled());
        }
        return out;
    }

    @Override
    public void paint(Painter p) {
        p.save();
        p.setFill(theme.background());
        p.fillRect(0, 0, width, height);
        double gutter = gutter(rows, p, type);
        List<Flow> flows = flows(rows, p, width, type, maxLines());
        double lh = lineHeight();
        double y = pad();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double rowHeight = lines.get(i) * lh;
            p.setFill(i % 2 == 0 ? theme.background() : theme.laneStripe());
            p.fillRect(0, y, width, rowHeight);
            p.setStroke(theme.grid());
            p.setLineWidth(1);
            p.strokeLine(0, y + rowHeight - 0.5, width, y + rowHeight - 0.5);
            p.setFont(bold());
            p.setFill(row.undated() ? theme.mutedText() : theme.text());
            // Ascenders (0.76 em) and descenders (0.24 em) both inside the line: at 0.95 a row's last line
            // lost its descenders to the next row's band.
            double baseline = type * 0.8;
            p.fillText(row.label(), pad(), y + baseline + (lh - type) / 2, TextAnchor.START);
            p.setFont(font());
            Flow.Laid laid = flows.get(i).lay(lines.get(i), p::textWidth);
            for (Flow.Piece piece : laid.pieces()) {
                double px = gutter + piece.x();
                double py = y + piece.line() * lh + (lh - type) / 2 + baseline;
                if (piece.event() != null && piece.text() == null) {
                    KindMarks.paint(p, theme, piece.event().kind(), px + type * KindMarks.DOT / 2, py - type * 0.36, type);
                } else {
                    p.setFill(piece.muted() ? theme.mutedText() : theme.text());
                    p.fillText(piece.text(), px, py, TextAnchor.START);
                }
            }
            if (row.events().isEmpty()) {
                p.setFill(theme.mutedText());
                // Filtered, the day may well have events: only none of those chosen.
                p.fillText(filtered ? "none of the chosen events" : "no event dated to this day", gutter,
                        y + baseline + (lh - type) / 2, TextAnchor.START);
            }
            y += rowHeight;
        }
        p.setStroke(theme.gridStrong());
        p.setLineWidth(1);
        p.strokeLine(gutter - pad(), pad(), gutter - pad(), y);
        p.restore();
    }

    /**
     * Lines per row: one each, then to every row that has events the lines its most telling title
     * needs (the most events for the lines first, while they last), then the rest one at a time to the row closest to
     * having all its titles written out, so quiet days are told whole and the busiest day takes what
     * is left, while that row needs no more than its share of what is left (else to the row with the
     * most events for each line it has); the rows dated more roughly last. When no row can be told whole with what is left
     * (years of thousands of events), the rest go where the most events share each line.
     */
    static int[] allot(List<Flow> flows, List<Row> rows, int total) {
        int[] lines = new int[flows.size()];
        int left = total - lines.length;
        Arrays.fill(lines, 1);
        // Titles of two or three lines each had told the quiet days whole and left the busiest day one
        // line, where none of its titles fitted: the day of the talks was "+ 36 more" and dots alone.
        // Where not every row can name one, the rows with the most events for each line it takes go first.
        while (left > 0) {
            int best = -1;
            double most = 0;
            for (int i = 0; i < lines.length; i++) {
                int need = flows.get(i).linesToNameOne() - lines[i];
                double perLine = (double) rows.get(i).events().size() / need;
                if (need > 0 && need <= left && (best < 0 || perLine > most)) {
                    best = i;
                    most = perLine;
                }
            }
            if (best < 0) {
                break;
            }
            left -= flows.get(best).linesToNameOne() - lines[best];
            lines[best] = flows.get(best).linesToNameOne();
        }
        // The periods first; what the papers date more roughly gets what they leave.
        for (boolean undated : new boolean[] {false, true}) {
            while (left > 0) {
                int best = -1;
                int least = 0;
                int wanting = 0;
                for (int i = 0; i < lines.length; i++) {
                    int need = flows.get(i).linesNeeded() - lines[i];
                    if (rows.get(i).undated() == undated && need > 0) {
                        wanting++;
                        if (best < 0 || need < least) {
                            least = need;
                            best = i;
                        }
                    }
                }
                if (best < 0) {
                    break;
                }
                // A row is told whole only within its share of what is left: a day of 26 events had taken eleven
                // lines because it needed the fewest, and six busier days were left one title each.
                if (least > left || (least > 1 && least * wanting > left)) {
                    best = busiestPerLine(flows, rows, lines, undated);
                }
                lines[best]++;
                left--;
            }
        }
        return lines;
    }

    private static int busiestPerLine(List<Flow> flows, List<Row> rows, int[] lines, boolean undated) {
        int best = -1;
        for (int i = 0; i < lines.length; i++) {
            if (rows.get(i).undated() == undated && flows.get(i).linesNeeded() > lines[i]
                    && (best < 0 || (double) rows.get(i).events().size() / lines[i]
                    > (double) rows.get(best).events().size() / lines[best])) {
                best = i;
            }
        }
        return best;
    }
}
