package org.parley.seed;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes text from a dataset safe to show: control characters (ESC sequences that would drive a
 * terminal, NUL, BEL) and lone surrogates are shown as {@code \\u001B} instead of being passed on raw.
 */
public final class Printable {
    // Controls and formats, spaces other than the plain one (a no-break space), unassigned and
    // private-use code points, and the characters Unicode says draw nothing: Hangul fillers,
    // variation selectors, Mongolian selectors, the blank braille cell.
    static final Pattern INVISIBLE = Pattern.compile(
            "[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Co}\\p{Cn}[\\p{Zs}&&[^ ]]"
            + "\\x{115F}\\x{1160}\\x{3164}\\x{FFA0}\\x{FE00}-\\x{FE0F}\\x{E0100}-\\x{E01EF}\\x{180B}-\\x{180F}\\x{2800}]");

    private Printable() {
    }

    private static boolean visibleAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /**
     * An id as a message echoes it: as {@link #brief}, with every character that draws nothing (a
     * right-to-left mark, a zero-width space) written as its escape. Shown raw, "actor "grushko"
     * is not the id of any actor" named an id the reader could see in the list of actors.
     */
    public static String idShown(String id) {
        if (visibleAscii(id)) {
            // Every record's label names its id: the pattern below cost a large import's read more than this check.
            return brief(id);
        }
        var m = INVISIBLE.matcher(id);
        if (!m.find()) {
            return brief(id);
        }
        StringBuilder out = new StringBuilder(id.length() + 16);
        int from = 0;
        do {
            out.append(id, from, m.start()).append(String.format("\\u%04X", id.codePointAt(m.start())));
            from = m.end();
        } while (m.find());
        return brief(out.append(id, from, id.length()).toString());
    }

    /**
     * ", which holds U+200F, a right-to-left mark, at character 1" when {@code id} holds a character
     * that draws nothing, else "": said after an id that matches nothing, as the reason it does not.
     */
    public static String invisibleInId(String id) {
        var m = INVISIBLE.matcher(id);
        if (!m.find()) {
            return "";
        }
        return " (it holds " + invisibleName(id.codePointAt(m.start())) + ", which draws nothing, at character "
                + (id.codePointCount(0, m.start()) + 1) + ")";
    }

    /**
     * {@code passage} between curly quotation marks, without doubling a mark the passage already
     * has: a span that opens with a quotation's own mark is shown as it is, one that ends with
     * the closing mark gets only the opening one.
     */
    public static String quoted(String passage) {
        if (passage.startsWith("\u201C") || passage.startsWith("\"")) {
            return passage;   // it carries its own marks: "“This is a principled position,” he said."
        }
        boolean closes = passage.endsWith("\u201D") || passage.endsWith("\"");
        return "\u201C" + passage + (closes ? "" : "\u201D");
    }

    /** {@code s} with every control character except tab and newline written as a visible escape. */
    public static String of(String s) {
        return longRunsCut(escape(s, false));
    }

    /** Longest text {@link #brief} shows whole. */
    public static final int BRIEF = 160;

    /**
     * As {@link #oneLine}, cut to {@value #BRIEF} characters with "…": a title or query echoed back
     * in a message (a 10 MB title was printed whole by "validate").
     */
    public static String brief(String s) {
        String line = oneLine(s);
        if (line.length() <= BRIEF) {
            return line;
        }
        int cut = BRIEF - 1;
        if (Character.isLowSurrogate(line.charAt(cut))) {
            cut--;
        }
        return line.substring(0, cut) + "\u2026";
    }

    /** Longest title {@link #title} shows whole. */
    public static final int TITLE = 80;

    /**
     * A dataset's title as a question, a notice, the status bar or the window's title shows it: one line, cut to
     * {@value #TITLE} characters with "…", after its last whole word when one ends in the second half. A title
     * may hold 500 characters; one word of 300 made "Replace your dataset?" wider than a 1366-pixel screen.
     */
    public static String title(String s) {
        String line = oneLine(s);
        if (line.codePointCount(0, line.length()) <= TITLE) {
            return line;
        }
        int cut = line.offsetByCodePoints(0, TITLE - 1);
        int space = line.lastIndexOf(' ', cut);
        if (space > cut / 2) {
            cut = space;
        }
        return line.substring(0, cut).stripTrailing() + "\u2026";
    }

    /** As {@link #of}, also escaping tab and newline: for one-line messages. */
    public static String oneLine(String s) {
        return longRunsCut(escape(s, true));
    }

    /** Longest run of characters without a space that a message shows whole. */
    public static final int LONG_RUN = 300;

    /**
     * {@code s} with every run of more than {@value #LONG_RUN} characters without a space cut to
     * that length with "…": an id, a zone or a command-line argument of megabytes is echoed by
     * some message, and a message is read, not scrolled through. Words, paths and sentences pass.
     */
    static String longRunsCut(String s) {
        if (s.length() <= LONG_RUN) {
            return s;
        }
        StringBuilder out = null;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && run > LONG_RUN) {
                closing(out, s.charAt(i - 1));
            }
            run = Character.isWhitespace(c) ? 0 : run + 1;
            if (run <= LONG_RUN) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() > 4 * LONG_RUN ? 4 * LONG_RUN : s.length()).append(s, 0, i);
            }
            if (run == LONG_RUN + 1) {
                if (Character.isHighSurrogate(out.charAt(out.length() - 1))) {
                    out.setLength(out.length() - 1);
                }
                out.append('\u2026');
            }
        }
        if (run > LONG_RUN) {
            closing(out, s.charAt(s.length() - 1));
        }
        return out == null ? s : out.toString();
    }

    /** The quotation mark or punctuation that ended a cut run, so a cut value still reads as quoted. */
    private static void closing(StringBuilder out, char last) {
        if ("\"'\u201D\u2019),;:.".indexOf(last) >= 0) {
            out.append(last);
        }
    }

    private static String escape(String s, boolean lineBreaksToo) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = !mustEscape(c, lineBreaksToo)
                    && !(Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))))
                    && !(Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
            if (keep) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            out.append(String.format("\\u%04X", (int) c));
        }
        return out == null ? s : out.toString();
    }

    /**
     * Whether {@code c} is a character a terminal would obey rather than show (ESC, CR, BEL, the
     * bidi overrides…); tab and newline are not.
     */
    public static boolean isControl(char c) {
        return mustEscape(c, false);
    }

    /** The embeddings, overrides and isolates that show the text after them in another order. */
    public static boolean isDirectionControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /**
     * A character that draws nothing, as a refusal names it: "U+200F, a right-to-left mark". A bare
     * code point sent the reader to a table; Unicode's own name says what it is.
     */
    public static String invisibleName(int codePoint) {
        String code = String.format("U+%04X", codePoint);
        String name = switch (Character.getType(codePoint)) {
            case Character.CONTROL -> "control character";
            case Character.PRIVATE_USE -> "private-use character";
            default -> codePoint == 0xFEFF ? "byte-order mark" : Character.getName(codePoint);
        };
        if (name == null) {
            return code;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return code + ", " + ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
    }

    /**
     * What to call {@code c} in a refusal: "the direction control U+202E (right-to-left override)"
     * for the embeddings, overrides and isolates that show the text after them in another order,
     * else "the control character U+0007". Calling an override a control character left a reader
     * looking for an invisible key press.
     */
    public static String controlName(char c) {
        String name = switch (c) {
            case '\u202A' -> "left-to-right embedding";
            case '\u202B' -> "right-to-left embedding";
            case '\u202C' -> "end of an embedding or override";
            case '\u202D' -> "left-to-right override";
            case '\u202E' -> "right-to-left override";
            case '\u2066' -> "left-to-right isolate";
            case '\u2067' -> "right-to-left isolate";
            case '\u2068' -> "first-strong isolate";
            case '\u2069' -> "end of an isolate";
            default -> null;
        };
        return name == null ? String.format("the control character U+%04X", (int) c)
                : String.format("the direction control U+%04X (%s: it shows the text after it in another order)",
                        (int) c, name);
    }

    private static boolean mustEscape(char c, boolean lineBreaksToo) {
        if (c == '\t' || c == '\n') {
            return lineBreaksToo;
        }
        // C0, DEL, C1, and the line/paragraph separators and bidi overrides that reorder what follows.
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * {@code s} without the characters XML 1.0 forbids (NUL, ESC, BEL, …, lone surrogates,
     * U+FFFE/U+FFFF), so SVG and other XML output stays well-formed.
     */
    public static String forXml(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                        && !(c >= 0x7F && c <= 0x9F));
            }
            if (ok) {
                if (out != null) {
                    out.append(c);
                }
            } else if (out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
        }
        return out == null ? s : out.toString();
    }

    /** True for a text of nothing but spaces and invisible characters (zero-width spaces, joiners, marks of direction). */
    public static boolean isBlank(String s) {
        // A loop, not a stream: every text field of every record passes here on import.
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
