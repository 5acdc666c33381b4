package org.parley.ui.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a text into consecutive segments at every span boundary, so that overlapping and nested
 * spans can be styled with plain, non-overlapping runs of text. The segments cover the text
 * fully and in order; each knows the spans covering it, shortest (innermost) first.
 */
public final class SpanSegments {

    private SpanSegments() {
    }

    /** A marked range [start, end) of the text, named by {@code id}. */
    public record Mark(String id, int start, int end) {
        public int length() {
            return end - start;
        }
    }

    /** A run of text [start, end) and the ids of the marks covering it, innermost first. */
    public record Segment(int start, int end, List<String> ids) {
        public Segment {
            ids = List.copyOf(ids);
        }

        public boolean marked() {
            return !ids.isEmpty();
        }

        /** The innermost covering mark's id; the one a click or a colour should follow. */
        public String innermost() {
            return ids.isEmpty() ? null : ids.get(0);
        }
    }

    /**
     * @throws IllegalArgumentException when a mark lies outside [0, length] or ends before it starts
     */
    public static List<Segment> split(int length, Collection<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        List<Mark> real = new ArrayList<>();
        for (Mark m : marks) {
            if (m.start() < 0 || m.end() > length || m.end() < m.start()) {
                throw new IllegalArgumentException("mark " + m.id() + " [" + m.start() + ", " + m.end()
                        + ") lies outside the text of length " + length);
            }
            if (m.end() > m.start()) {
                real.add(m);
                cuts.add(m.start());
                cuts.add(m.end());
            }
        }
        // Sweep: marks enter in start order and leave once the cut passes their end.
        real.sort(Comparator.comparingInt(Mark::start));
        List<Mark> active = new ArrayList<>();
        Comparator<Mark> innermostFirst = Comparator.comparingInt(Mark::length);
        List<Segment> segments = new ArrayList<>();
        int next = 0;
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                int a = from;
                active.removeIf(m -> m.end() <= a);
                while (next < real.size() && real.get(next).start() <= a) {
                    active.add(real.get(next++));
                }
                List<Mark> covering = new ArrayList<>(active);
                covering.sort(innermostFirst);
                segments.add(new Segment(a, cut, covering.stream().map(Mark::id).toList()));
            }
            from = cut;
        }
        return segments;
    }
}
