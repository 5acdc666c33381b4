package org.parley.seed;

import java.util.Set;
import org.parley.model.Span;

/**
 * The sentence of a source text that holds a span, as the paper prints it. A slide, a handout or the
 * positions board shows a passage of a few words in its sentence: "quick or easy" alone says the
 * opposite of "would not be “quick or easy” but were worthwhile". Plain text work, no toolkit.
 */
public final class SentenceAround {

    /** Words whose full stop does not end a sentence in these papers ("Ms. Sherman", "Col. Gen."). */
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Ms", "Mrs", "Dr", "Gen", "Col", "Lt", "Sgt", "St",
            "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "No", "vs", "etc");

    private SentenceAround() {
    }

    /** The sentence holding {@code span}: from the end of the one before (or the paragraph's start) to its own end. */
    public static String of(String text, Span span) {
        Span sentence = spanOf(text, span);
        return text.substring(sentence.start(), sentence.end()).strip();
    }

    /** Where the sentence of {@link #of} stands in {@code text}, its surrounding white space included. */
    public static Span spanOf(String text, Span span) {
        int start = span.start();
        while (start > 0 && !(text.charAt(start - 1) == '\n' || endsSentenceBefore(text, start))) {
            start--;
        }
        int end = span.end();
        while (end < text.length() && text.charAt(end) != '\n' && !endsSentenceBefore(text, end)) {
            end++;
        }
        return new Span(start, end);
    }

    /**
     * Whether a sentence ends just before {@code at}: {@code at} is the first letter after a full
     * stop, question or exclamation mark (and any closing quotation marks) and a space.
     */
    private static boolean endsSentenceBefore(String text, int at) {
        if (at < 2 || at >= text.length() || !Character.isWhitespace(text.charAt(at - 1))) {
            return false;
        }
        int i = at - 2;
        while (i >= 0 && "\u201D\u2019\"')".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0 || ".?!".indexOf(text.charAt(i)) < 0) {
            return false;
        }
        char next = text.charAt(at);
        if (!Character.isUpperCase(next) && next != '\u201C' && next != '"') {
            return false;
        }
        return text.charAt(i) != '.' || !abbreviation(text, i);
    }

    /** Whether the full stop at {@code dot} closes an abbreviation or an initial ("Aleksandr V.", "U.S."). */
    private static boolean abbreviation(String text, int dot) {
        int w = dot;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot).replaceAll("^[\\p{Punct}\u201C\u2018]+", "");
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || word.indexOf('.') >= 0;
    }
}
