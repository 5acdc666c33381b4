package org.parley.ui.source;

import org.parley.model.Span;
import org.parley.model.StrokedLetters;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where words typed into the reader's find field occur in one article, as the app's search reads
 * words: ignoring case, accents and strokes ("ryabkov" finds "Ryabkov", "lukasz" finds "Łukasz"),
 * curly quotes and apostrophes as straight ones ("Russia's" finds "Russia’s"), any dash as a hyphen,
 * and any run of spaces and line breaks as one space. The article is folded once; a find is one scan.
 */
final class ArticleFind {

    private final String folded;
    /** For each folded character, the article's offsets of the character it came from: start and end. */
    private final int[] from;
    private final int[] to;

    ArticleFind(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] starts = new int[text.length() + 1];
        int[] ends = new int[text.length() + 1];
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String f = fold(cp);
            boolean space = f.equals(" ");
            if (f.isEmpty() && !out.isEmpty()) {
                ends[out.length() - 1] = next; // a lone accent belongs to the letter before it
            }
            if (space && (out.isEmpty() || out.charAt(out.length() - 1) == ' ')) {
                if (!out.isEmpty()) {
                    ends[out.length() - 1] = next; // a run of spaces is one, reaching to its last
                }
                i = next;
                continue;
            }
            for (int k = 0; k < f.length(); k++) {
                if (out.length() + 1 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[out.length()] = i;
                ends[out.length()] = next;
                out.append(f.charAt(k));
            }
            i = next;
        }
        folded = out.toString();
        from = starts;
        to = ends;
    }

    /** Every occurrence of {@code query}, in the article's order, none overlapping; none for a blank query. */
    List<Span> matches(String query) {
        String q = foldAll(query == null ? "" : query).strip();
        List<Span> found = new ArrayList<>();
        if (q.isEmpty()) {
            return found;
        }
        int at = folded.indexOf(q);
        while (at >= 0) {
            found.add(new Span(from[at], to[at + q.length() - 1]));
            at = folded.indexOf(q, at + q.length());
        }
        return found;
    }

    private static String foldAll(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String f = fold(cp);
            if (!f.equals(" ") || !out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(f);
            }
        });
        return out.toString();
    }

    /** One character as the find compares it: possibly none (a lone accent), possibly two ("İ"). */
    private static String fold(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        switch (cp) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u02BC', '\u2032', '`', '\u00B4' -> {
                return "'";
            }
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> {
                return "\"";
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> {
                return "-";
            }
            default -> {
                if (cp < 0x80) {
                    return String.valueOf(Character.toLowerCase((char) cp));
                }
                String plain = StrokedLetters.plain(Character.toString(cp));
                String bare = Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                return bare.toLowerCase(Locale.ROOT).replaceAll("\\p{M}+", "");
            }
        }
    }
}
