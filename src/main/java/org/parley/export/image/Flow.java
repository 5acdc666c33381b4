package org.parley.export.image;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.parley.model.Event;
import org.parley.layout.TextWrap;

/**
 * A day's events set as one paragraph of entries — a kind-coloured dot, then the title, wrapped at
 * spaces — in lines of a given width. When the lines run out, what is left is counted ("+ 12 more")
 * and drawn as one dot per event, so nothing silently drops off a slide.
 */
final class Flow {

    /** Before the title of an event whose day or place the curator inferred. */
    static final String INFERRED = "\u2248";

    /** Something drawn at ({@code x}, line {@code line}): a run of words, or an event's dot when text is null. */
    record Piece(int line, double x, String text, Event event, boolean muted) {
    }

    /** The pieces, and how many of the events got their titles written out. */
    record Laid(List<Piece> pieces, int titled) {
    }

    private final List<Event> events;
    private final double width;
    private final double type;
    private final int linesNeeded;
    private final java.util.Map<String, String> notReporting;

    private Flow(List<Event> events, double width, double type, ToDoubleFunction<String> measure,
                 java.util.Map<String, String> notReporting) {
        this.events = List.copyOf(events);
        this.notReporting = notReporting;
        this.width = width;
        this.type = type;
        this.linesNeeded = events.isEmpty() ? 1 : lay(Integer.MAX_VALUE, measure).pieces().stream()
                .mapToInt(Piece::line).max().orElse(0) + 1;
    }

    static Flow of(List<Event> events, double width, double type, ToDoubleFunction<String> measure) {
        return new Flow(events, width, type, measure, java.util.Map.of());
    }

    /** As above; an event in {@code notReporting} says what it is known from, "(photo caption)", as a slide does. */
    static Flow of(List<Event> events, double width, double type, ToDoubleFunction<String> measure,
                   java.util.Map<String, String> notReporting) {
        return new Flow(events, width, type, measure, notReporting);
    }

    /** Lines it takes to write every title out. */
    int linesNeeded() {
        return linesNeeded;
    }

    private double dot() {
        return type * 0.5;
    }

    private double entryGap() {
        return type * 0.9;
    }

    /** Sets the entries in at most {@code maxLines} lines. */
    Laid lay(int maxLines, ToDoubleFunction<String> measure) {
        List<Piece> pieces = new ArrayList<>();
        double[] at = {0, 0};
        int titled = 0;
        for (int i = 0; i < events.size(); i++) {
            List<Piece> entry = new ArrayList<>();
            double[] next = entry(events.get(i), at, maxLines, measure, entry);
            int rest = events.size() - i - 1;
            if (next == null || rest > 0 && !more(rest, next, maxLines, measure, new ArrayList<>())) {
                more(events.size() - i, at, maxLines, measure, pieces);
                return new Laid(List.copyOf(pieces), titled);
            }
            pieces.addAll(entry);
            at = next;
            titled++;
        }
        return new Laid(List.copyOf(pieces), titled);
    }

    /** Places one entry from cursor {@code at} ({x, line}); returns the cursor after it, or null if it overflows. */
    private double[] entry(Event e, double[] at, int maxLines, ToDoubleFunction<String> measure, List<Piece> out) {
        double x = at[0];
        int line = (int) at[1];
        // What had not happened as of the papers says so, as the timeline's hollow mark does.
        // And a day or place the curator inferred carries "≈", as a timeline card does (the credit says what it means).
        // A no-break space keeps the mark on the line of the word it qualifies.
        String title = (e.inferred() ? INFERRED + "\u00a0" : "") + (e.modality() == org.parley.model.Modality.HAPPENED ? e.title()
                : e.title() + " (" + e.modality().label().toLowerCase(java.util.Locale.ROOT) + ")")
                + (notReporting.containsKey(e.id()) ? " (" + notReporting.get(e.id()) + ")" : "");
        String[] words = title.strip().split("\\s+");
        double gap = x > 0 ? entryGap() : 0;
        double head = dot() + type * 0.3;
        if (x > 0 && x + gap + head + measure.applyAsDouble(words[0]) > width) {
            line++;
            x = 0;
            gap = 0;
        }
        if (line >= maxLines) {
            return null;
        }
        x += gap;
        out.add(new Piece(line, x, null, e, false));
        x += head;
        double space = measure.applyAsDouble(" ");
        StringBuilder run = new StringBuilder();
        double runX = x;
        for (String word : words) {
            double w = measure.applyAsDouble(word);
            double need = run.length() == 0 ? w : space + w;
            if (x + need > width && (run.length() > 0 || x > 0)) {
                if (run.length() > 0) {
                    out.add(new Piece(line, runX, run.toString(), e, false));
                }
                run.setLength(0);
                line++;
                x = 0;
                runX = 0;
                need = w;
                if (line >= maxLines) {
                    return null;
                }
            }
            if (run.length() > 0) {
                run.append(' ');
            }
            // A word wider than a whole line (a long URL) is cut rather than run off the slide.
            String fitted = w > width ? TextWrap.ellipsize(word, width, measure) : word;
            run.append(fitted);
            x += Math.min(need, width);
        }
        if (run.length() > 0) {
            out.add(new Piece(line, runX, run.toString(), e, false));
        }
        return new double[] {x, line};
    }

    /** Places "+ n more" and n dots from {@code at}; false if they overflow {@code maxLines}. */
    private boolean more(int n, double[] at, int maxLines, ToDoubleFunction<String> measure, List<Piece> out) {
        double x = at[0];
        int line = (int) at[1];
        String text = "+ " + n + " more";
        double textWidth = measure.applyAsDouble(text);
        double gap = x > 0 ? entryGap() : 0;
        if (x > 0 && x + gap + textWidth > width) {
            line++;
            x = 0;
            gap = 0;
        }
        if (line >= maxLines) {
            return false;
        }
        out.add(new Piece(line, x + gap, text, null, true));
        x += gap + textWidth + type * 0.35;
        double step = dot() * 1.4;
        for (Event e : events.subList(events.size() - n, events.size())) {
            if (x + dot() > width) {
                line++;
                x = 0;
                if (line >= maxLines) {
                    return false;
                }
            }
            out.add(new Piece(line, x, null, e, false));
            x += step;
        }
        return true;
    }
}
