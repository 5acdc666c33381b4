package org.parley.ui.support;

/**
 * A message shown in the window as a sentence. Messages are written lower case where they are made
 * (decision 0148), so that the command line prints them after "parley: "; the window gives the first
 * word its capital here, and only when that word is a plain lower-case word: a message that starts with
 * a path, a file's line ("week.json:12:3"), an id, an option or a quoted value keeps it as written.
 */
public final class SentenceStart {

    private SentenceStart() {
    }

    /** {@code message} with its first word capitalised when that word is a plain lower-case word. */
    public static String of(String message) {
        if (message == null || message.isEmpty() || !plainWord(firstWord(message))) {
            return message;
        }
        int first = message.codePointAt(0);
        return new StringBuilder(message.length()).appendCodePoint(Character.toTitleCase(first))
                .append(message, Character.charCount(first), message.length()).toString();
    }

    /** Up to the first space or comma: "cannot", "handout's", "/tmp/x.svg", "week.json:12:3:". */
    private static String firstWord(String message) {
        int end = 0;
        while (end < message.length() && !Character.isWhitespace(message.charAt(end)) && message.charAt(end) != ',') {
            end++;
        }
        return message.substring(0, end);
    }

    /** Lower-case letters and apostrophes only: no path, id, option, file name or name with a capital in it. */
    private static boolean plainWord(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0))
                && word.codePoints().allMatch(c -> Character.isLowerCase(c) || c == '\'' || c == '\u2019');
    }
}
