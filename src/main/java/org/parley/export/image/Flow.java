package org.parley.export.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import org.parley.model.Event;
import org.parley.model.Modality;
import org.parley.layout.TextWrap;

/**
 * A period's events set as one paragraph of entries — a kind-coloured dot, then the title, wrapped
 * at spaces — in lines of a given width. When the lines run out, what is left is counted
 * ("+ 12 more") and drawn as one dot per event, so nothing silently drops off a slide; past a line
 * of dots the count alone stands for them, so a year of thousands of events still gets titles, and
 * so it does where the dots would leave no room for a single title.
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

    /**
     * After this many entries in a row have not fitted, the rest are counted without being tried. Every
     * title had been tried: a decade of 45,000 events on the dashboard of everything was measured word by
     * word, several times over, for 40 s of the one compute thread, while a shorter title far down the list
     * is as likely to fit as one among the next few hundred, which are the more telling.
     */
    static final int MOST_MISSES_IN_A_ROW = 256;

    private final List<Event> events;
    private final double width;
    private final double type;
    private final int linesNeeded;
    private final int linesToNameOne;
    private final Map<String, String> notReporting;

    private Flow(List<Event> events, double width, double type, ToDoubleFunction<String> measure,
                 Map<String, String> notReporting, int mostLines) {
        this.events = List.copyOf(events);
        this.notReporting = notReporting;
        this.width = width;
        this.type = type;
        // Laid one line beyond the most it can get: enough to tell "fits" from "does not", however many events.
        this.linesNeeded = events.isEmpty() ? 1 : lay(mostLines + 1, measure).pieces().stream()
                .mapToInt(Piece::line).max().orElse(0) + 1;
        int lines = 0;
        if (!events.isEmpty()) {
            // Most rows name one in their first line: one more laying, and only as far as it takes.
            for (int n = 1; n <= Math.min(mostLines, linesNeeded) && lines == 0; n++) {
                lines = lay(n, measure).titled() > 0 ? n : 0;
            }
        }
        this.linesToNameOne = lines;
    }

    /**
     * An event in {@code notReporting} says what it is known from, "(photo caption)", as a slide does.
     * {@code mostLines}: the most lines it will be given; what it would need beyond is not measured.
     */
    static Flow of(List<Event> events, double width, double type, ToDoubleFunction<String> measure,
                   Map<String, String> notReporting, int mostLines) {
        return new Flow(events, width, type, measure, notReporting, mostLines);
    }

    /** Lines it takes to write every title out (one more than it can get, when that is not enough). */
    int linesNeeded() {
        return linesNeeded;
    }

    /** The fewest lines in which one title is written out (the rest counted); 0 with no events, or not within the most lines. */
    int linesToNameOne() {
        return linesToNameOne;
    }

    private double dot() {
        return type * 0.5;
    }

    private double entryGap() {
        return type * 0.9;
    }

    /**
     * Sets the entries in at most {@code maxLines} lines, most telling first. An entry that does not
     * fit is counted among the "+ N more" and the next ones are tried, up to
     * {@link #MOST_MISSES_IN_A_ROW} in a row: one long title had left a
     * row of sixteen events as "+ 16 more" and sixteen dots, with room for several shorter ones.
     */
    Laid lay(int maxLines, ToDoubleFunction<String> measure) {
        Laid dotted = lay(maxLines, measure, true);
        if (dotted.titled() > 0 || events.isEmpty()) {
            return dotted;
        }
        // Where the count's dots leave no room for a title beside them, the count stands alone: a busy day's
        // line had been "+ 64 more" and its dots, naming none of its events, while a title and the count fitted.
        Laid counted = lay(maxLines, measure, false);
        return counted.titled() > 0 ? counted : dotted;
    }

    /** {@code dots}: whether the counted events get their dots; without, the count alone stands for them. */
    private Laid lay(int maxLines, ToDoubleFunction<String> measure, boolean dots) {
        List<Piece> pieces = new ArrayList<>();
        List<Event> untitled = new ArrayList<>();
        double[] at = {0, 0};
        int titled = 0;
        int missed = 0;
        for (int i = 0; i < events.size(); i++) {
            if (missed == MOST_MISSES_IN_A_ROW) {
                // The lines are full: the rest are counted untried.
                untitled.addAll(events.subList(i, events.size()));
                break;
            }
            List<Piece> entry = new ArrayList<>();
            double[] next = entry(events.get(i), at, maxLines, measure, entry);
            List<Event> rest = events.subList(i + 1, events.size());
            boolean noneLeft = untitled.isEmpty() && rest.isEmpty();
            if (next == null || !noneLeft && !more(untitled, rest, next, maxLines, measure, dots, new ArrayList<>())) {
                untitled.add(events.get(i));
                missed++;
                continue;
            }
            pieces.addAll(entry);
            at = next;
            titled++;
            missed = 0;
        }
        if (!untitled.isEmpty()) {
            more(untitled, List.of(), at, maxLines, measure, dots, pieces);
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
        String title = (e.inferred() ? INFERRED + "\u00a0" : "") + (e.modality() == Modality.HAPPENED ? e.title()
                : e.title() + " (" + e.modality().label().toLowerCase(Locale.ROOT) + ")")
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

    /**
     * Places "+ n more" and a dot for each of {@code counted} and {@code andThen} from {@code at};
     * false if they overflow {@code maxLines}. More
     * than a line of dots are left out, and all of them without {@code dots}: the count alone says how many there are.
     */
    private boolean more(List<Event> counted, List<Event> andThen, double[] at, int maxLines,
                         ToDoubleFunction<String> measure, boolean dots, List<Piece> out) {
        int n = counted.size() + andThen.size();
        double x = at[0];
        int line = (int) at[1];
        String text = String.format(Locale.ENGLISH, "+ %,d more", n);
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
        if (!dots || n > Math.floor(width / step)) {
            // More dots than a line holds would be a smear, and a partial row of them a miscount.
            return true;
        }
        for (Event e : (Iterable<Event>) Stream.concat(counted.stream(), andThen.stream())::iterator) {
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
