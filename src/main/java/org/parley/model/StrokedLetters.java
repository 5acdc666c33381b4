package org.parley.model;

/**
 * Letters with a stroke or bar ("Ł", "ø", "đ"), which Unicode does not decompose into a plain letter
 * and a mark, read as their plain letter: the app's search and the reader's find both do, so "lukasz"
 * finds "Łukasz" in either.
 */
public final class StrokedLetters {

    private static final String STROKED = "\u0141\u0142\u00D8\u00F8\u0110\u0111\u0126\u0127\u0131\u0166\u0167\u0197\u0268";
    private static final String PLAIN = "LlOoDdHhiTtIi";

    private StrokedLetters() {
    }

    /** {@code text} with each stroked letter as its plain one ("Ł" → "L"); {@code text} itself when it has none. */
    public static String plain(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            int at = STROKED.indexOf(text.charAt(i));
            if (at >= 0) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, PLAIN.charAt(at));
            }
        }
        return out == null ? text : out.toString();
    }
}
