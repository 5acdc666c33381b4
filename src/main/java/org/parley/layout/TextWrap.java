package org.parley.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a text into lines that fit a width, at spaces where it can and inside a word only when a
 * word alone is wider than a line. What does not fit in the lines allowed ends in an ellipsis, so
 * a reader sees that the text goes on. Text is measured by the caller, so the screen and every
 * exporter wrap alike.
 */
public final class TextWrap {

    public static final String ELLIPSIS = "…";
    /** A word is broken across lines only into pieces at least this long. */
    private static final int SHORTEST_PIECE = 6;

    private TextWrap() {
    }

    /**
     * @param maxLines at least 1
     * @return at most {@code maxLines} lines; empty for an empty text or a width too narrow for one character
     */
    public static List<String> lines(String text, double width, int maxLines, ToDoubleFunction<String> measure) {
        List<String> out = new ArrayList<>();
        String rest = text == null ? "" : text.strip();
        if (rest.isEmpty() || maxLines < 1 || measure.applyAsDouble(rest.substring(0, rest.offsetByCodePoints(0, 1))) > width) {
            return out;
        }
        while (!rest.isEmpty() && out.size() < maxLines) {
            if (out.size() == maxLines - 1) {
                out.add(measure.applyAsDouble(rest) <= width ? rest : ellipsize(rest, width, measure));
                return out;
            }
            int end = fittingPrefix(rest, width, measure);
            boolean insideAWord = end < rest.length() && rest.charAt(end - 1) != ' ' && rest.charAt(end - 1) != '-'
                    && rest.charAt(end) != ' ';
            if (insideAWord && end < SHORTEST_PIECE) {
                // A sliver of a card: "She" / "r…" down a column reads as nothing; one cut line reads as a start.
                String cut = ellipsize(rest, width, measure);
                if (!cut.isEmpty()) {
                    out.add(cut);
                }
                return out;
            }
            out.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        return out;
    }

    /**
     * {@code word} cut into pieces no wider than {@code width}, each after a hyphen or dash where it
     * has one, never inside a character; a piece of one character may be wider.
     */
    public static List<String> pieces(String word, double width, ToDoubleFunction<String> measure) {
        List<String> out = new ArrayList<>();
        String rest = word;
        while (!rest.isEmpty()) {
            int end = fittingPrefix(rest, width, measure);
            out.add(rest.substring(0, end));
            rest = rest.substring(end);
        }
        return out;
    }

    /** Length of the longest start of {@code text} that fits, broken after a space when there is one. */
    private static int fittingPrefix(String text, double width, ToDoubleFunction<String> measure) {
        if (measure.applyAsDouble(text) <= width) {
            return text.length();
        }
        int lo = 1;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            // Never half a character: a PDF font's measure throws on a lone surrogate.
            if (measure.applyAsDouble(text.substring(0, whole(text, mid))) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int space = text.lastIndexOf(' ', lo);
        if (space > 0) {
            return space + 1;
        }
        // One word too long for the line: after its hyphen or dash if it has one ("counter-" / "measures").
        int hyphen = Math.max(text.lastIndexOf('-', lo - 1), text.lastIndexOf('\u2013', lo - 1));
        return hyphen > 0 ? hyphen + 1 : whole(text, lo);
    }

    /**
     * {@code end}, or one less where it would part a surrogate pair (an emoji): half a character
     * has no glyph, and a PDF writer throws on it. Never 0 for a text that starts with a pair.
     */
    private static int whole(String text, int end) {
        boolean parts = end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))
                && Character.isHighSurrogate(text.charAt(end - 1));
        return parts ? (end > 1 ? end - 1 : end + 1) : end;
    }

    /** The longest start of {@code text} that fits with an ellipsis after it, cut at a word if it can. */
    public static String ellipsize(String text, double width, ToDoubleFunction<String> measure) {
        if (measure.applyAsDouble(text) <= width) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (measure.applyAsDouble(text.substring(0, whole(text, mid)).strip() + ELLIPSIS) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int space = text.lastIndexOf(' ', lo);
        int cut = space > lo * 2 / 3 ? space : lo;
        return cut == 0 ? "" : text.substring(0, whole(text, cut)).strip() + ELLIPSIS;
    }
}
