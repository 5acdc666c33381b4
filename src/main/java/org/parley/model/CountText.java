package org.parley.model;

import java.util.Locale;

/** Counts as a reader sees them, the same on every machine: "1 event", "100,000 events". */
public final class CountText {
    private CountText() {
    }

    /** The count and its noun, in thousands a reader takes in at a glance: "1 event", "100,000 events". */
    public static String count(long n, String noun) {
        return number(n) + " " + plural(n, noun);
    }

    /** {@code n} with its thousands marked: "100,000". */
    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code noun} as it follows the count {@code n}: "1 event", "2 events", "0 events". */
    public static String plural(long n, String noun) {
        return n == 1 ? noun : noun + "s";
    }
}
