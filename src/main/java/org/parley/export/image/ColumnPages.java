package org.parley.export.image;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.parley.model.Event;

/**
 * Which events each page of a timeline on paper's day columns holds, when every page plans its
 * own columns: a page of Wednesday's meeting alone gives Wednesday the width the four quiet days
 * had kept on every page (decision 0125). Pages follow the lanes in their order, as a cut one
 * would; a lane's days are taken a row at a time, each day's cards in their order, so a lane
 * continued on the next page goes on where it stopped in every day.
 */
final class ColumnPages {

    /** A lane that would start with less than this share of a page left is carried over whole. */
    private static final double LANE_BREAK_ZONE = 0.25;

    private ColumnPages() {
    }

    /**
     * @param lanes     the events of each lane, in the lanes' order
     * @param dayOf     the day an event is a card in, or null for one that is not a card
     * @param cardOrder the order of a day's cards
     * @param heightOf  the height of a page holding the given events, chrome included
     * @param room      how tall a page may be
     * @return the events of each page; every event on exactly one page, a page at least one
     */
    static List<List<Event>> split(List<List<Event>> lanes, Function<Event, LocalDate> dayOf,
                                   Comparator<Event> cardOrder, ToDoubleFunction<List<Event>> heightOf, double room) {
        List<Event> sequence = new ArrayList<>();
        List<Integer> laneStarts = new ArrayList<>();
        for (List<Event> lane : lanes) {
            laneStarts.add(sequence.size());
            sequence.addAll(rowByRow(lane, dayOf, cardOrder));
        }
        List<List<Event>> pages = new ArrayList<>();
        int from = 0;
        while (from < sequence.size()) {
            int to = longestFitting(sequence, from, heightOf, room);
            int laneStart = lastLaneStart(laneStarts, from, to);
            boolean insideLane = to < sequence.size() && !laneStarts.contains(to);
            if (insideLane && laneStart > from
                    && heightOf.applyAsDouble(sequence.subList(from, laneStart)) >= room * (1 - LANE_BREAK_ZONE)) {
                to = laneStart;
            }
            pages.add(List.copyOf(sequence.subList(from, to)));
            from = to;
        }
        return pages;
    }

    /**
     * A lane's cards a row at a time: the first of each day, then the second of each, and so on,
     * the days in the calendar's order and each day's cards in theirs; then what is not a card,
     * in the lane's order.
     */
    private static List<Event> rowByRow(List<Event> lane, Function<Event, LocalDate> dayOf,
                                        Comparator<Event> cardOrder) {
        Map<LocalDate, List<Event>> days = new TreeMap<>();
        List<Event> rest = new ArrayList<>();
        for (Event e : lane) {
            LocalDate day = dayOf.apply(e);
            if (day == null) {
                rest.add(e);
            } else {
                days.computeIfAbsent(day, k -> new ArrayList<>()).add(e);
            }
        }
        for (List<Event> cards : days.values()) {
            cards.sort(cardOrder);
        }
        List<Event> out = new ArrayList<>(lane.size());
        for (int row = 0; out.size() < lane.size() - rest.size(); row++) {
            for (List<Event> cards : days.values()) {
                if (row < cards.size()) {
                    out.add(cards.get(row));
                }
            }
        }
        out.addAll(rest);
        return out;
    }

    /**
     * The end of the longest run from {@code from} whose page fits, at least one event: doubling,
     * then halving, so a page costs a few layouts rather than one per event.
     */
    private static int longestFitting(List<Event> sequence, int from, ToDoubleFunction<List<Event>> heightOf,
                                      double room) {
        int fits = from + 1;
        int step = 1;
        int tooMany = -1;
        while (tooMany < 0) {
            int to = Math.min(sequence.size(), fits + step);
            if (to == fits) {
                return fits;
            }
            if (heightOf.applyAsDouble(sequence.subList(from, to)) <= room) {
                fits = to;
                step *= 2;
            } else {
                tooMany = to;
            }
        }
        while (tooMany - fits > 1) {
            int mid = (fits + tooMany) >>> 1;
            if (heightOf.applyAsDouble(sequence.subList(from, mid)) <= room) {
                fits = mid;
            } else {
                tooMany = mid;
            }
        }
        return fits;
    }

    /** The last lane start in {@code (from, to)}, or {@code from} when none. */
    private static int lastLaneStart(List<Integer> laneStarts, int from, int to) {
        int last = from;
        for (int start : laneStarts) {
            if (start > from && start < to) {
                last = start;
            }
        }
        return last;
    }
}
