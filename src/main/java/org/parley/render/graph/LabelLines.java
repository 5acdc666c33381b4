package org.parley.render.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The ways a network label may be set: on one line, and a long name also on two or three lines broken
 * between words, so that an official title fits beside its disc in a small pane or on a slide.
 */
final class LabelLines {

    /** Names this long or longer may be broken: "Wendy Sherman" stays on one line wherever it goes. */
    static final int WRAP_FROM = 20;

    private LabelLines() {
    }

    /** One line first, then two and three lines where the name has the words and the length for them. */
    static List<List<String>> forms(String text, ToDoubleFunction<String> measure) {
        List<List<String>> forms = new ArrayList<>();
        forms.add(List.of(text));
        String[] words = text.strip().split("\\s+");
        if (text.length() < WRAP_FROM) {
            return forms;
        }
        for (int lines = 2; lines <= 3 && lines <= words.length; lines++) {
            List<String> broken = broken(words, lines, measure);
            if (broken.size() == lines && width(broken, measure) < width(forms.get(forms.size() - 1), measure)) {
                forms.add(broken);
            }
        }
        return forms;
    }

    /**
     * The words on {@code lines} lines, each line taking words while it stays under an even share of the
     * whole width (the last takes the rest), so the lines come out about as wide as one another.
     */
    static List<String> broken(String[] words, int lines, ToDoubleFunction<String> measure) {
        double share = measure.applyAsDouble(String.join(" ", words)) / lines;
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String tried = line.isEmpty() ? words[i] : line + " " + words[i];
            boolean lastLine = out.size() == lines - 1;
            // A word that takes the line past its share goes on the next, unless the line would be empty
            // or the words left are needed one per line.
            if (!line.isEmpty() && !lastLine && measure.applyAsDouble(tried) > share
                    && closer(measure, line.toString(), tried, share)) {
                out.add(line.toString());
                line = new StringBuilder(words[i]);
            } else {
                line = new StringBuilder(tried);
            }
        }
        out.add(line.toString());
        return out;
    }

    /** Whether breaking before the word leaves the line nearer its share than taking it. */
    private static boolean closer(ToDoubleFunction<String> measure, String without, String with, double share) {
        return share - measure.applyAsDouble(without) <= measure.applyAsDouble(with) - share;
    }

    static double width(List<String> lines, ToDoubleFunction<String> measure) {
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, measure.applyAsDouble(line));
        }
        return w;
    }
}
