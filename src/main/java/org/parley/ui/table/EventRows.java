package org.parley.ui.table;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parley.model.Dataset;
import org.parley.model.Event;

/**
 * The event table's rows: the visible events in the order its columns ask for, and where each
 * event's row is. Plain data, so a sort of 100,000 rows can be made on the compute thread; the
 * JavaFX thread then only wraps the list.
 *
 * @param rowOf each event's row by id, or null when the rows are in the story's order (the
 *              visible events' own), where a binary search finds a row
 */
record EventRows(List<Event> events, Map<String, Integer> rowOf) {

    /**
     * One column of a sort.
     *
     * @param text the column's text for an event, or null for the date column, which sorts in the
     *             story's order
     */
    record Key(Function<Event, String> text, boolean descending) {
    }

    /**
     * How a text sorts: as a reader orders words, "allies" before "Baltic" and "Émile" with the E's,
     * where character codes put every capital first and accented letters after z. Made once per row:
     * a {@link java.text.Collator}'s keys took a second for 100,000 titles.
     */
    static String readingKey(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(folded.length() + text.length() + 1);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (isAsciiDigit(c)) {
                i = number(folded, i, key) - 1;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                key.append(Character.toLowerCase(c));
            }
        }
        // Then the text itself, so texts that differ only in case or accents still sort one way.
        return key.append('\u0000').append(text).toString();
    }

    /**
     * Puts the run of digits at {@code from} into {@code key} so that numbers sort by value, as a reader
     * orders them ("report 2155" before "report 20633"), and returns where the run ends. The run is
     * written as '0', then its count of significant digits, then those digits: the same leading '0'
     * keeps a number where a digit sorted among letters and marks before.
     */
    private static int number(String text, int from, StringBuilder key) {
        int end = from;
        while (end < text.length() && isAsciiDigit(text.charAt(end))) {
            end++;
        }
        int first = from;
        while (first < end - 1 && text.charAt(first) == '0') {
            first++;
        }
        int digits = end - first;
        key.append('0').append((char) Math.min('0' + digits, Character.MAX_VALUE)).append(text, first, end);
        return end;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The rows in the story's order: the visible events as they are. */
    static EventRows inStoryOrder(List<Event> visible) {
        return new EventRows(visible, null);
    }

    /**
     * The visible events (in the story's order) sorted by {@code keys}, the first deciding; ties
     * keep the story's order. Each text is computed once per event, not once per comparison.
     */
    static EventRows sorted(List<Event> visible, List<Key> keys) {
        if (keys.isEmpty()) {
            return inStoryOrder(visible);
        }
        int n = visible.size();
        String[][] texts = new String[keys.size()][];
        for (int k = 0; k < keys.size(); k++) {
            Function<Event, String> text = keys.get(k).text();
            if (text != null) {
                texts[k] = new String[n];
                for (int i = 0; i < n; i++) {
                    texts[k][i] = readingKey(text.apply(visible.get(i)));
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            for (int k = 0; k < keys.size(); k++) {
                // The story's order is the visible events' own, so an index compares it.
                int c = texts[k] == null ? Integer.compare(a, b) : texts[k][a].compareTo(texts[k][b]);
                if (c != 0) {
                    return keys.get(k).descending() ? -c : c;
                }
            }
            return Integer.compare(a, b);
        });
        Event[] rows = new Event[n];
        Map<String, Integer> rowOf = new HashMap<>(n * 4 / 3 + 1);
        for (int row = 0; row < n; row++) {
            rows[row] = visible.get(order[row]);
            rowOf.put(rows[row].id(), row);
        }
        return new EventRows(Collections.unmodifiableList(Arrays.asList(rows)), rowOf);
    }

    /** The event's row, or −1 when it is not among the rows. */
    int rowOf(Event e) {
        if (rowOf != null) {
            return rowOf.getOrDefault(e.id(), -1);
        }
        int at = Collections.binarySearch(events, e, Dataset.NARRATIVE_ORDER);
        return Math.max(at, -1);
    }

    /**
     * The event's row; or, in the story's order, the row of the first event after where it would
     * stand (the last row when none is); −1 when it is not among rows in another order, or there are none.
     */
    int rowAtOrAfter(Event e) {
        if (rowOf != null) {
            return rowOf.getOrDefault(e.id(), -1);
        }
        int at = Collections.binarySearch(events, e, Dataset.NARRATIVE_ORDER);
        return at >= 0 ? at : Math.min(-at - 1, events.size() - 1);
    }
}
