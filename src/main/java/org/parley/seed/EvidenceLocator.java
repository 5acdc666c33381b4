package org.parley.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.model.Span;

/**
 * Finds a verbatim text in a source text. Matching is exact, char for char: the sources are
 * messy on purpose (curly and straight quotes side by side, doubled footers) and the model must
 * point into them as they are. Normalisation is used only to explain a miss, never to match.
 */
public final class EvidenceLocator {
    private static final int MIN_USEFUL_PREFIX = 8;
    private static final int SNIPPET = 24;

    private EvidenceLocator() {
    }

    /**
     * Where {@code text} stands in {@code source}. Linear in their lengths: the search stops at the
     * second occurrence (overlapping ones count, as either could be the one meant), so a long,
     * repetitive source and long evidence texts cannot make loading quadratic.
     */
    public static TextMatch locate(String source, String text) {
        return locate(source, text, true);
    }

    /**
     * As {@link #locate(String, String)}; with {@code explain} false a missing text comes without the
     * near miss it almost matches, which takes three more passes over the source.
     */
    static TextMatch locate(String source, String text, boolean explain) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("cannot locate an empty text");
        }
        Kmp kmp = new Kmp(text);
        int first = kmp.indexIn(source, 0);
        if (first < 0) {
            return new TextMatch.Missing(explain ? NearMiss.describe(source, text) : "");
        }
        int second = kmp.indexIn(source, first + 1);
        Span firstSpan = new Span(first, first + text.length());
        return second < 0 ? new TextMatch.Found(firstSpan)
                : new TextMatch.Ambiguous(firstSpan, new Span(second, second + text.length()));
    }

    /**
     * Knuth–Morris–Pratt: {@link String#indexOf} compares naively and takes time proportional to
     * source × text on repetitive input; this never looks at a source char more than twice.
     */
    static final class Kmp {
        private final String needle;
        private final int[] border;

        Kmp(String needle) {
            this.needle = needle;
            this.border = new int[needle.length()];
            int k = 0;
            for (int i = 1; i < needle.length(); i++) {
                while (k > 0 && needle.charAt(i) != needle.charAt(k)) {
                    k = border[k - 1];
                }
                if (needle.charAt(i) == needle.charAt(k)) {
                    k++;
                }
                border[i] = k;
            }
        }

        /** The first occurrence at or after {@code from}, or -1. */
        int indexIn(String haystack, int from) {
            int k = 0;
            for (int i = Math.max(0, from); i < haystack.length(); i++) {
                k = step(k, haystack.charAt(i));
                if (k == needle.length()) {
                    return i - needle.length() + 1;
                }
            }
            return -1;
        }

        /**
         * The longest prefix of the needle that occurs in {@code haystack}: {@code [length, start]}.
         * The automaton's state is the longest needle prefix ending at each position, so its maximum is the answer.
         */
        int[] longestPrefixIn(String haystack) {
            int k = 0;
            int best = 0;
            int bestEnd = -1;
            for (int i = 0; i < haystack.length(); i++) {
                k = step(k, haystack.charAt(i));
                if (k > best) {
                    best = k;
                    bestEnd = i;
                }
                if (k == needle.length()) {
                    break;
                }
            }
            return new int[] {best, bestEnd - best + 1};
        }

        private int step(int k, char c) {
            if (k == needle.length()) {
                k = border[k - 1];
            }
            while (k > 0 && c != needle.charAt(k)) {
                k = border[k - 1];
            }
            return c == needle.charAt(k) ? k + 1 : k;
        }
    }

    /** Explains why a text was not found, by looking for what it almost matches. */
    static final class NearMiss {
        private NearMiss() {
        }

        static String describe(String source, String text) {
            String loose = looseMatch(source, text);
            if (loose != null) {
                return loose;
            }
            return prefixMatch(source, text);
        }

        private static String looseMatch(String source, String text) {
            Folded s = Folded.of(source, Folding.ALL);
            Folded t = Folded.of(text, Folding.ALL);
            if (t.text().isEmpty()) {
                return null;
            }
            int at = new Kmp(t.text()).indexIn(s.text(), 0);
            if (at < 0) {
                return null;
            }
            int start = s.original(at);
            int end = s.original(at + t.text().length() - 1) + 1;
            String near = source.substring(start, end);
            List<String> differences = new ArrayList<>();
            for (Folding f : Folding.values()) {
                if (f == Folding.ALL) {
                    continue;
                }
                // Folding all but f: if the two still differ, f is one of the differences.
                if (!Folded.of(near, f).text().equals(Folded.of(text, f).text())) {
                    differences.add(f.description);
                }
            }
            return "the source has a near match at offset " + start + " that differs in "
                    + String.join(" and ", differences) + ": \"" + abbreviate(near) + "\"" + lineEnds(near, text);
        }

        /**
         * A source saved with Windows line ends (by an editor, or checked out by Git with core.autocrlf), or
         * with CR alone, fails every passage across a line break, and "\u000D" in the near match does not say why.
         */
        private static String lineEnds(String near, String text) {
            if (text.contains("\r") || !near.contains("\r")) {
                return "";
            }
            return near.contains("\r\n")
                    ? "; the source file's lines end in CR LF, as Windows saves them (and Git with core.autocrlf): "
                            + "save it again with LF line ends"
                    : "; the source file's lines end in CR alone, as old Mac programs save them: save it again with LF "
                            + "line ends";
        }

        private static String prefixMatch(String source, String text) {
            int[] longest = new Kmp(text).longestPrefixIn(source);
            int lo = longest[0];
            if (lo < MIN_USEFUL_PREFIX) {
                return "";
            }
            int at = longest[1];
            int after = at + lo;
            String sourceNext = source.substring(after, Math.min(source.length(), after + SNIPPET));
            String textNext = text.substring(lo, Math.min(text.length(), lo + SNIPPET));
            return "the first " + lo + " characters match at offset " + at + ", then the source reads \""
                    + sourceNext + "\" where the text has \"" + textNext + "\"";
        }

        private static String abbreviate(String s) {
            return s.length() <= 2 * SNIPPET ? s : s.substring(0, SNIPPET) + "…" + s.substring(s.length() - SNIPPET);
        }
    }

    /** Kinds of difference a curator easily overlooks when copying a passage. */
    enum Folding {
        QUOTES("quote style"), DASHES("dashes"), WHITESPACE("whitespace"), CASE("letter case"), ALL("anything");

        final String description;

        Folding(String description) {
            this.description = description;
        }
    }

    /** A folded copy of a text that remembers which original char each folded char came from. */
    record Folded(String text, int[] origin) {
        int original(int foldedIndex) {
            return origin[foldedIndex];
        }

        /**
         * Folds every kind of difference except {@code keep} (pass {@link Folding#ALL} to fold all):
         * comparing two texts folded this way shows whether they differ in {@code keep}.
         */
        static Folded of(String s, Folding keep) {
            StringBuilder out = new StringBuilder(s.length());
            int[] origin = new int[s.length()];
            boolean inSpace = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (keep != Folding.WHITESPACE && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                    if (inSpace) {
                        continue;
                    }
                    inSpace = true;
                    c = ' ';
                } else {
                    inSpace = false;
                }
                if (keep != Folding.QUOTES) {
                    c = switch (c) {
                        case '‘', '’', '‚', '‛', '′' -> '\'';
                        case '“', '”', '„', '‟', '″' -> '"';
                        default -> c;
                    };
                }
                if (keep != Folding.DASHES) {
                    c = switch (c) {
                        case '‐', '‑', '‒', '–', '—', '―', '−' -> '-';
                        default -> c;
                    };
                }
                if (keep != Folding.CASE) {
                    c = Character.toLowerCase(c);
                }
                origin[out.length()] = i;
                out.append(c);
            }
            return new Folded(out.toString(), origin);
        }
    }
}
