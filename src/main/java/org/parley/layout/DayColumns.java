package org.parley.layout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.parley.model.Event;
import org.parley.model.Precision;

/**
 * A timeline on paper as a calendar of day columns whose widths follow what they hold: a day's
 * cards flow, in their order, left to right and then down, into as many sub-columns of one width
 * as shortens the lanes most; a day with a card has at least one; a day with none keeps a narrow
 * column that still names it. A week with one busy day then fills its sheets rather than stacking
 * that day's cards in one narrow column beside four empty ones (decision 0125).
 *
 * <p>The layout and the painter stay linear in time: they are given "column time", in which every
 * sub-column is one day long and an empty day a fraction of one. {@link #span} moves an event
 * there, {@link #ticks} names the real days over their columns.
 */
public final class DayColumns {

    /** A day with no card is this wide: its name ("Tue 11") and the gap the axis keeps after it. */
    public static final double EMPTY_DAY_WIDTH = 64;
    private static final long DAY_MILLIS = 86_400_000L;

    private final ZoneId zone;
    private final LocalDate first;
    /** Real start of each day, and of the day after the last: {@code days + 1} entries. */
    private final long[] realStart;
    /** Column-time start of each day, and the end of the last, in days from {@link #realStart}[0]. */
    private final double[] columnStart;
    private final int[] subColumns;
    private final Map<String, Integer> subColumnOf;
    /** Each card's place among its day's cards in its lane: the order its sub-column stacks them in. */
    private final Map<String, Integer> rankOf;
    private final double columnWidth;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private DayColumns(ZoneId zone, LocalDate first, long[] realStart, double[] columnStart, int[] subColumns,
                       Map<String, Integer> subColumnOf, Map<String, Integer> rankOf, double columnWidth) {
        this.zone = zone;
        this.first = first;
        this.realStart = realStart;
        this.columnStart = columnStart;
        this.subColumns = subColumns;
        this.subColumnOf = subColumnOf;
        this.rankOf = rankOf;
        this.columnWidth = columnWidth;
    }

    /**
     * The columns for {@code events} on the days {@code first..last} across {@code usable} pixels,
     * lanes by track; empty when the days are too many for a column each, when none holds a card,
     * or when the days with cards cannot each have a column {@link RowGeometry#MIN_CARD_DAY_WIDTH}
     * wide (a month, a year: those keep their even axis).
     *
     * @param rowHeightAt the height of a row of cards in a column of the given width, which takes
     *                    more lines as it narrows: what the choice of how many columns weighs
     */
    public static Optional<DayColumns> plan(List<Event> events, ZoneId zone, LocalDate first, LocalDate last,
                                            double usable, DoubleUnaryOperator rowHeightAt) {
        return plan(events, zone, first, last, usable, (e, width) -> rowHeightAt.applyAsDouble(width));
    }

    /** The height a row of cards needs for one card in a column of a width; infinite where its title would be cut. */
    @FunctionalInterface
    public interface CardHeight {
        double of(Event card, double columnWidth);
    }

    /**
     * As above, weighing each choice by the rows its cards would make, each row as tall as its own
     * tallest card: a row of short titles costs less than one of long ones.
     */
    public static Optional<DayColumns> plan(List<Event> events, ZoneId zone, LocalDate first, LocalDate last,
                                            double usable, CardHeight cardHeight) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days < 1 || days * EMPTY_DAY_WIDTH > usable) {
            return Optional.empty();
        }
        int n = (int) days;
        // Each lane's one-day cards per day, in the order they stack.
        Map<String, List<List<Event>>> lanes = new HashMap<>();
        for (Event e : events) {
            int d = dayOf(e, zone, first, n);
            if (d >= 0) {
                lanes.computeIfAbsent(e.track().id(), k -> emptyDays(n)).get(d).add(e);
            }
        }
        int[][] counts = new int[lanes.size()][n];
        boolean[] active = new boolean[n];
        int lane = 0;
        for (List<List<Event>> perDay : lanes.values()) {
            for (int d = 0; d < n; d++) {
                counts[lane][d] = perDay.get(d).size();
                active[d] |= counts[lane][d] > 0;
            }
            lane++;
        }
        widenSpannedDays(events, zone, first, n, active);
        int activeDays = 0;
        for (boolean a : active) {
            activeDays += a ? 1 : 0;
        }
        double cardRoom = usable - (n - activeDays) * EMPTY_DAY_WIDTH;
        int most = (int) Math.floor(cardRoom / RowGeometry.MIN_CARD_DAY_WIDTH);
        if (activeDays == 0 || most < activeDays) {
            return Optional.empty();
        }
        int[] k = new int[n];
        for (int d = 0; d < n; d++) {
            k[d] = active[d] ? 1 : 0;
        }
        for (List<List<Event>> perDay : lanes.values()) {
            perDay.forEach(cards -> cards.sort(cardOrder(zone)));
        }
        int[] best = k.clone();
        double bestHeight = height(lanes.values(), k, cardRoom / activeDays, cardHeight);
        // Days held only by events over several days have no card a further column could take (widest had none).
        for (int total = activeDays + 1; total <= most && !lanes.isEmpty(); total++) {
            k[widest(counts, k)]++;
            double height = height(lanes.values(), k, cardRoom / total, cardHeight);
            if (height < bestHeight) {
                bestHeight = height;
                best = k.clone();
            }
        }
        int total = 0;
        for (int c : best) {
            total += c;
        }
        double width = cardRoom / total;
        long[] realStart = new long[n + 1];
        double[] columnStart = new double[n + 1];
        for (int d = 0; d <= n; d++) {
            realStart[d] = first.plusDays(d).atStartOfDay(zone).toInstant().toEpochMilli();
            columnStart[d] = d == 0 ? 0 : columnStart[d - 1] + (best[d - 1] > 0 ? best[d - 1] : EMPTY_DAY_WIDTH / width);
        }
        Map<String, Integer> subColumnOf = new HashMap<>();
        Map<String, Integer> rankOf = new HashMap<>();
        for (List<List<Event>> perDay : lanes.values()) {
            for (int d = 0; d < n; d++) {
                List<Event> cards = perDay.get(d);
                for (int i = 0; i < cards.size(); i++) {
                    subColumnOf.put(cards.get(i).id(), i % best[d]);
                    rankOf.put(cards.get(i).id(), i);
                }
            }
        }
        return Optional.of(new DayColumns(zone, first, realStart, columnStart, best, subColumnOf, rankOf, width));
    }

    /**
     * A card over several days whose days hold no one-day card would be squeezed onto their narrow
     * empty columns, its title cut: its first day gets a column (as a page of the week's last
     * lanes found, where "Russian officials say they will wait…" spanned three empty days).
     */
    private static void widenSpannedDays(List<Event> events, ZoneId zone, LocalDate first, int n, boolean[] active) {
        for (Event e : events) {
            if (e.time().precision() != Precision.DAY || cardDay(e, zone) != null) {
                continue;
            }
            DrawnSpan span = DrawnSpan.of(e, zone);
            long from = ChronoUnit.DAYS.between(first, Instant.ofEpochMilli(span.start()).atZone(zone).toLocalDate());
            long to = ChronoUnit.DAYS.between(first, Instant.ofEpochMilli(span.end() - 1).atZone(zone).toLocalDate());
            int d0 = (int) Math.max(0, from);
            int d1 = (int) Math.min(n - 1, to);
            boolean held = d0 > d1;
            for (int d = d0; d <= d1 && !held; d++) {
                held = active[d];
            }
            if (!held) {
                active[d0] = true;
            }
        }
    }

    private static List<List<Event>> emptyDays(int n) {
        List<List<Event>> days = new ArrayList<>(n);
        for (int d = 0; d < n; d++) {
            days.add(new ArrayList<>());
        }
        return days;
    }

    /** The day (from 0) of an event drawn as one day's card within the days; -1 for any other. */
    private static int dayOf(Event e, ZoneId zone, LocalDate first, int days) {
        LocalDate day = cardDay(e, zone);
        long d = day == null ? -1 : ChronoUnit.DAYS.between(first, day);
        return d >= 0 && d < days ? (int) d : -1;
    }

    /**
     * The day whose card {@code e} is on day columns: an event known to one whole day, or to the
     * hour or minute within one day of {@code zone} (a day of timed events would otherwise be points
     * on an even axis whose labels crowd into "+4"), or timed and running over one midnight (a
     * late session: on the day it began, its card saying when it ended, rather than a bar
     * stretched over two days' columns of cards); null for any other.
     */
    public static LocalDate cardDay(Event e, ZoneId zone) {
        Precision precision = e.time().precision();
        if (!precision.atLeast(Precision.DAY)) {
            return null;
        }
        DrawnSpan span = DrawnSpan.of(e, zone);
        LocalDate day = Instant.ofEpochMilli(span.start()).atZone(zone).toLocalDate();
        long nextDay = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long dayAfter = day.plusDays(2).atStartOfDay(zone).toInstant().toEpochMilli();
        boolean oneDay = precision == Precision.DAY ? span.end() == nextDay : span.end() <= dayAfter;
        return oneDay ? day : null;
    }

    /**
     * The order of a day's cards: those known only to the day first, in their curated order, then
     * the timed ones by their time (the curated order between two at one time), so a day of timed
     * events reads down its columns as its clock ran.
     */
    public static Comparator<Event> cardOrder(ZoneId zone) {
        return Comparator.<Event>comparingLong(e -> DrawnSpan.of(e, zone).start())
                .thenComparingInt(Event::order).thenComparing(Event::id);
    }

    /**
     * The time a timed card prints before its title, "09:30" in {@code zone}; with its end when that
     * is on a later day, "23:00–01:00 (Thu 13)", so a card on the day a session began says it ran
     * over midnight; null for one known to the day or coarser.
     */
    public static String clock(Event e, ZoneId zone) {
        if (!DrawnSpan.isPoint(e.time().precision())) {
            return null;
        }
        ZonedDateTime start = e.time().startInstant().atZone(zone);
        // The end is exclusive: "to 01:00" at a minute's precision ends at 01:01.
        ZonedDateTime last = e.time().endInstant().atZone(zone)
                .minus(1, e.time().precision() == Precision.HOUR ? ChronoUnit.HOURS : ChronoUnit.MINUTES);
        if (!last.toLocalDate().isAfter(start.toLocalDate())) {
            return CLOCK.format(start);
        }
        return CLOCK.format(start) + "–" + CLOCK.format(last) + " (" + TickUnit.DAY.label(last) + ")";
    }

    /** The time {@code e}'s card prints in these columns' zone, as {@link #clock(Event, ZoneId)}. */
    public String clock(Event e) {
        return clock(e, zone);
    }

    /** Whether {@code e} is drawn as a day's card in its sub-column. */
    public boolean isCard(Event e) {
        return subColumnOf.containsKey(e.id());
    }

    /** {@code e}'s place among its day's cards in its lane; 0 for an event that is no card. */
    int rank(Event e) {
        return rankOf.getOrDefault(e.id(), 0);
    }

    /**
     * How tall the lanes' cards stand with {@code k} sub-columns a day {@code width} wide: a day's
     * {@code i}-th card is in its row {@code i / k}, and each row is as tall as its tallest card.
     */
    private static double height(Collection<List<List<Event>>> lanes, int[] k, double width, CardHeight cardHeight) {
        double total = 0;
        for (List<List<Event>> perDay : lanes) {
            double[] rows = new double[0];
            for (int d = 0; d < k.length; d++) {
                List<Event> cards = perDay.get(d);
                for (int i = 0; i < cards.size(); i++) {
                    int row = i / k[d];
                    if (row >= rows.length) {
                        rows = Arrays.copyOf(rows, row + 1);
                    }
                    rows[row] = Math.max(rows[row], cardHeight.of(cards.get(i), width));
                }
            }
            for (double h : rows) {
                total += h;
            }
        }
        return total;
    }

    /** Rows of cards the lanes take: each lane as many as its fullest day needs in its columns. */
    private static int rows(int[][] counts, int[] k) {
        int rows = 0;
        for (int[] lane : counts) {
            int most = 0;
            for (int d = 0; d < lane.length; d++) {
                if (lane[d] > 0) {
                    most = Math.max(most, (lane[d] + k[d] - 1) / k[d]);
                }
            }
            rows += most;
        }
        return rows;
    }

    /** The day a further column shortens the lanes most; the one with the tallest stack when none does. */
    private static int widest(int[][] counts, int[] k) {
        int rows = rows(counts, k);
        int best = -1;
        int bestGain = 0;
        double tallest = -1;
        int tallestDay = -1;
        for (int d = 0; d < k.length; d++) {
            if (k[d] == 0) {
                continue;
            }
            k[d]++;
            int gain = rows - rows(counts, k);
            k[d]--;
            if (gain > bestGain) {
                bestGain = gain;
                best = d;
            }
            for (int[] lane : counts) {
                if ((double) lane[d] / k[d] > tallest) {
                    tallest = (double) lane[d] / k[d];
                    tallestDay = d;
                }
            }
        }
        return best >= 0 ? best : tallestDay;
    }

    /** How wide every sub-column is, in pixels: the width a day's card is laid out at. */
    public double columnWidth() {
        return columnWidth;
    }

    /** How many sub-columns the {@code d}-th day has (0 for a day with no card). */
    public int subColumns(int d) {
        return subColumns[d];
    }

    public int days() {
        return subColumns.length;
    }

    /** The column-time instant of a real one: inside the days, stretched with its day; outside them, shifted. */
    public Instant toColumns(Instant real) {
        return Instant.ofEpochMilli(toColumns(real.toEpochMilli()));
    }

    public TimeRange toColumns(TimeRange real) {
        return new TimeRange(toColumns(real.start()), toColumns(real.end()));
    }

    long toColumns(long real) {
        int n = subColumns.length;
        if (real < realStart[0]) {
            return real;
        }
        if (real >= realStart[n]) {
            return realStart[0] + Math.round(columnStart[n] * DAY_MILLIS) + (real - realStart[n]);
        }
        int d = dayAt(real);
        double within = (double) (real - realStart[d]) / (realStart[d + 1] - realStart[d]);
        return realStart[0] + Math.round((columnStart[d] + within * (columnStart[d + 1] - columnStart[d])) * DAY_MILLIS);
    }

    /** The day {@code real} falls in, by the days' real starts; it must lie within them. */
    private int dayAt(long real) {
        int i = Arrays.binarySearch(realStart, real);
        return i >= 0 ? i : -i - 2;
    }

    /** Where an event is drawn in column time: a day's card in its sub-column, anything else stretched with its days. */
    DrawnSpan span(Event e, DrawnSpan real) {
        Integer sub = subColumnOf.get(e.id());
        if (sub == null) {
            return new DrawnSpan(toColumns(real.start()), toColumns(real.end()));
        }
        int d = dayAt(real.start());
        long start = realStart[0] + Math.round((columnStart[d] + sub) * DAY_MILLIS);
        return new DrawnSpan(start, start + DAY_MILLIS);
    }

    /**
     * The axis for a scale in column time: each real day's name at the start of its columns, the
     * month above; no minor ticks, so only the days' edges are lines across the lanes.
     */
    public Ticks ticks(TimeScale scale) {
        List<Tick> major = new ArrayList<>();
        Tick opening = null;
        for (ZonedDateTime t = first.minusDays(1).atStartOfDay(zone); ; t = t.toLocalDate().plusDays(1).atStartOfDay(zone)) {
            double x = scale.xOfMillis(toColumns(t.toInstant().toEpochMilli()));
            if (x > scale.width()) {
                break;
            }
            Tick tick = new Tick(t.toInstant(), x, TickUnit.DAY.label(t));
            if (x >= 0) {
                major.add(tick);
            } else {
                opening = tick;
            }
        }
        List<Tick> context = new ArrayList<>();
        for (ZonedDateTime t = ContextUnit.MONTH.floor(first.minusDays(1).atStartOfDay(zone)); ;
             t = ContextUnit.MONTH.next(t)) {
            double x = scale.xOfMillis(toColumns(t.toInstant().toEpochMilli()));
            if (x > scale.width()) {
                break;
            }
            context.add(new Tick(t.toInstant(), x, ContextUnit.MONTH.label(t)));
        }
        return new Ticks(TickUnit.DAY, null, ContextUnit.MONTH, major, List.of(), context, opening);
    }
}
