package org.parley.export.image;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The timeline a slide can hold: one row per day of a short window (a week), read left to right,
 * each row's events flowing as a paragraph of "● title" entries at the slide's least type size,
 * then a row for what the papers date only to the month. A row gets lines in proportion to what it
 * has to say; what does not fit is counted ("+ 29 more") and still drawn, one dot per event in its
 * kind's colour, so every event of the day stays on the slide. A day lists its events most telling
 * first: meetings, then what more papers reported, taking each strand of the day in turn.
 *
 * @param rows  the rows, in order, with their events most telling first
 * @param lines how many lines each row gets
 * @param type  the least type size, in logical px (3 % of the slide's height)
 */
record DayRowsFigure(List<Row> rows, List<Integer> lines, Theme theme, double width, double height, double type)
        implements Picture {

    /** The longest window drawn as rows of days; a longer one is a timeline proper. */
    static final int MAX_DAYS = 14;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final double LINE = 1.22;
    private static final double PAD = 0.35;

    /**
     * One row: its label and its events, most telling first; {@code undated} rows are the month's.
     * {@code notReporting} says, of an event known only from a caption or a headline, which ("photo caption").
     */
    record Row(String label, List<Event> events, boolean undated, Map<String, String> notReporting) {
    }

    /** Whether {@code sel} spans few enough days to be drawn as rows of days. */
    static boolean fits(Selection sel, ZoneId zone) {
        if (sel.window() == null) {
            return false;
        }
        LocalDate first = sel.window().start().atZone(zone).toLocalDate();
        LocalDate last = sel.window().end().minusMillis(1).atZone(zone).toLocalDate();
        return !last.isBefore(first) && first.plusDays(MAX_DAYS).isAfter(last);
    }

    /**
     * @param maxHeight the most it may take; it takes less when every title fits in fewer lines
     */
    static DayRowsFigure of(Selection sel, Theme theme, double width, double maxHeight, double type) {
        ZoneId zone = sel.data().zone();
        LocalDate first = sel.window().start().atZone(zone).toLocalDate();
        LocalDate last = sel.window().end().minusMillis(1).atZone(zone).toLocalDate();
        Map<LocalDate, List<Event>> byDay = new TreeMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            byDay.put(d, new ArrayList<>());
        }
        Map<String, List<Event>> rough = new LinkedHashMap<>();
        for (Event e : sel.events()) {
            // By calendar day as the papers date it, like the timeline's day columns.
            LocalDate day = e.time().startDate();
            if (e.time().precision().ordinal() >= Precision.DAY.ordinal() && byDay.containsKey(day)) {
                byDay.get(day).add(e);
            } else {
                rough.computeIfAbsent(e.time().label(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, String> notReporting = new java.util.HashMap<>();
        for (Event e : sel.events()) {
            sel.data().nonReportingKind(e).ifPresent(kind -> notReporting.put(e.id(), kind));
        }
        Map<String, String> notes = Map.copyOf(notReporting);
        List<Row> rows = new ArrayList<>();
        byDay.forEach((day, events) -> rows.add(new Row(DAY.format(day), tellingFirst(events, notes.keySet()), false, notes)));
        rough.forEach((label, events) -> rows.add(new Row(label, tellingFirst(events, notes.keySet()), true, notes)));
        // Measured with the exporters' own fonts before painting, so the figure knows its height.
        Painter measuring = Java2DPainter.measuring();
        double lh = type * LINE;
        double pad = type * PAD;
        int total = Math.max(rows.size(), (int) Math.floor((maxHeight - 2 * pad) / lh));
        int[] lines = allot(flows(rows, measuring, width, type), rows, total);
        double height = Arrays.stream(lines).sum() * lh + 2 * pad;
        return new DayRowsFigure(List.copyOf(rows), Arrays.stream(lines).boxed().toList(), theme, width, height, type);
    }

    private static double gutter(List<Row> rows, Painter p, double type) {
        p.setFont(FontSpec.sansBold(type));
        return rows.stream().mapToDouble(r -> p.textWidth(r.label())).max().orElse(0) + 2 * type * PAD + type;
    }

    private static List<Flow> flows(List<Row> rows, Painter p, double width, double type) {
        double textWidth = width - gutter(rows, p, type) - 2 * type * PAD;
        p.setFont(FontSpec.sans(type));
        List<Flow> flows = new ArrayList<>();
        for (Row r : rows) {
            flows.add(Flow.of(r.events(), textWidth, type, p::textWidth, r.notReporting()));
        }
        return flows;
    }

    /**
     * Meetings first, then what more papers reported, in narrative order otherwise; taking the
     * day's strands (tracks) in turn, so a day's 28 council statements do not hide its other news.
     * What is known only from a caption or a headline ({@code notReporting}) comes last of its strand:
     * a photo caption's meeting had taken the place of the NATO council's rejection on a slide.
     */
    static List<Event> tellingFirst(List<Event> events, java.util.Set<String> notReporting) {
        Comparator<Event> telling = Comparator.<Event>comparingInt(e -> notReporting.contains(e.id()) ? 1 : 0)
                .thenComparingInt(e -> e.kind() == EventKind.MEETING ? 0 : 1)
                .thenComparing(Comparator.comparingLong(DayRowsFigure::sources).reversed());
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
        List<Flow> flows = flows(rows, p, width, type);
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
        List<Flow> flows = flows(rows, p, width, type);
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
            double baseline = type * 0.95;
            p.fillText(row.label(), pad(), y + baseline + (lh - type) / 2, TextAnchor.START);
            p.setFont(font());
            Flow.Laid laid = flows.get(i).lay(lines.get(i), p::textWidth);
            for (Flow.Piece piece : laid.pieces()) {
                double px = gutter + piece.x();
                double py = y + piece.line() * lh + (lh - type) / 2 + baseline;
                if (piece.event() != null && piece.text() == null) {
                    p.setFill(theme.kind(piece.event().kind()));
                    double d = type * 0.5;
                    p.fillOval(px, py - type * 0.36 - d / 2, d, d);
                } else {
                    p.setFill(piece.muted() ? theme.mutedText() : theme.text());
                    p.fillText(piece.text(), px, py, TextAnchor.START);
                }
            }
            if (row.events().isEmpty()) {
                p.setFill(theme.mutedText());
                p.fillText("no event dated to this day", gutter, y + baseline + (lh - type) / 2, TextAnchor.START);
            }
            y += rowHeight;
        }
        p.setStroke(theme.gridStrong());
        p.setLineWidth(1);
        p.strokeLine(gutter - pad(), pad(), gutter - pad(), y);
        p.restore();
    }

    /**
     * Lines per row: one each, then the rest one at a time to the day closest to having all its
     * titles written out, so quiet days are told whole and the busiest day takes what is left;
     * the month's undated row last.
     */
    static int[] allot(List<Flow> flows, List<Row> rows, int total) {
        int[] lines = new int[flows.size()];
        int left = total - lines.length;
        Arrays.fill(lines, 1);
        // The week's days first; what the papers date only to the month gets what they leave.
        for (boolean undated : new boolean[] {false, true}) {
            while (left > 0) {
                int best = -1;
                int least = 0;
                for (int i = 0; i < lines.length; i++) {
                    int need = flows.get(i).linesNeeded() - lines[i];
                    if (rows.get(i).undated() == undated && need > 0 && (best < 0 || need < least)) {
                        least = need;
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                lines[best]++;
                left--;
            }
        }
        return lines;
    }
}
