package org.parley.model;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;

/**
 * Reads and writes the plain forms of {@link TimeSpan}'s texts ("2022", "2022-01", "2022-01-12",
 * "2022-01-12T14", "2022-01-12T14:30") by hand, digit by digit: a large import reads and writes
 * hundreds of thousands of them, and java.time's formatters cost several times more, in running
 * and in compiling. Only texts of exactly these shapes whose values are plainly valid are taken;
 * anything else (other lengths, signs, non-ASCII digits, a 30 February, an hour 24) returns null
 * and is left to java.time, so every text reads exactly as it did through the formatters alone.
 */
public final class TimeText {

    private TimeText() {
    }

    /**
     * An ISO local date-time as {@link LocalDateTime#toString()} writes it (how the store keeps
     * an event's bounds), read by hand when it has the plain "2022-01-12T14:30" shape: opening
     * 100,000 events reads 200,000 of them.
     */
    public static LocalDateTime parseIsoLocal(String text) {
        LocalDateTime plain = text.length() == 16 ? parse(text, Precision.MINUTE) : null;
        return plain != null ? plain : LocalDateTime.parse(text);
    }

    /** The period's first moment, or null when {@code text} is not plainly of {@code precision}'s shape. */
    static LocalDateTime parse(String text, Precision precision) {
        return switch (precision) {
            case DECADE, YEAR -> text.length() == 4 ? at(text, 4, -1, -1, -1, -1) : null;
            case SEASON, MONTH -> text.length() == 7 && text.charAt(4) == '-' ? at(text, 4, 5, -1, -1, -1) : null;
            case DAY -> text.length() == 10 && dashes(text) ? at(text, 4, 5, 8, -1, -1) : null;
            case HOUR -> text.length() == 13 && dashes(text) && text.charAt(10) == 'T'
                    ? at(text, 4, 5, 8, 11, -1) : null;
            case MINUTE -> text.length() == 16 && dashes(text) && text.charAt(10) == 'T' && text.charAt(13) == ':'
                    ? at(text, 4, 5, 8, 11, 14) : null;
        };
    }

    /** {@code t} written at {@code precision}'s grain, or null for a year outside 0–9999 (java.time writes those). */
    static String format(LocalDateTime t, Precision precision) {
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return null;
        }
        char[] out = new char[16];
        int n = 0;
        n = digits(out, n, year, 4);
        if (precision == Precision.DECADE || precision == Precision.YEAR) {
            return new String(out, 0, n);
        }
        out[n++] = '-';
        n = digits(out, n, t.getMonthValue(), 2);
        if (precision == Precision.SEASON || precision == Precision.MONTH) {
            return new String(out, 0, n);
        }
        out[n++] = '-';
        n = digits(out, n, t.getDayOfMonth(), 2);
        if (precision == Precision.DAY) {
            return new String(out, 0, n);
        }
        out[n++] = 'T';
        n = digits(out, n, t.getHour(), 2);
        if (precision == Precision.HOUR) {
            return new String(out, 0, n);
        }
        out[n++] = ':';
        n = digits(out, n, t.getMinute(), 2);
        return new String(out, 0, n);
    }

    private static boolean dashes(String text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-';
    }

    /** Fields at the given offsets (-1: absent, the field's first value); null unless all are digits and valid. */
    private static LocalDateTime at(String text, int yearEnd, int month, int day, int hour, int minute) {
        int y = number(text, 0, yearEnd);
        int mo = month < 0 ? 1 : number(text, month, month + 2);
        int d = day < 0 ? 1 : number(text, day, day + 2);
        int h = hour < 0 ? 0 : number(text, hour, hour + 2);
        int mi = minute < 0 ? 0 : number(text, minute, minute + 2);
        if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59) {
            return null;
        }
        if (d > 28 && d > Month.of(mo).length(Year.isLeap(y))) {
            return null;
        }
        return LocalDateTime.of(y, mo, d, h, mi);
    }

    /** The ASCII digits from {@code from} to {@code to} as a number; -1 when any is not one. */
    private static int number(String text, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int digits(char[] out, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
