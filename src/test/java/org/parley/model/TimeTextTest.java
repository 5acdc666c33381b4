package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written reading and writing of time texts against java.time's formatters (what
 * {@link TimeSpan} used alone before), on random texts near the valid shapes: the same moment or
 * the same refusal (java.time's, or the exchange format's one shape), and the same text written back.
 */
class TimeTextTest {

    // Strict, as TimeSpan's: a lenient one reads an hour 24 as the next day's midnight.
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String ALPHABET = "0123456789012345678901234567890123456789-T: +x٣";

    @Test
    void readsEveryTextAsTheFormattersDo() {
        Random random = new Random(12);
        int read = 0;
        for (int i = 0; i < 200_000; i++) {
            Precision p = Precision.values()[random.nextInt(Precision.values().length)];
            String text = mutate(random, sample(random, p), random.nextInt(4));
            String expected = reference(text, p);
            String actual;
            try {
                actual = TimeSpan.parse(text, null, p, ZoneOffset.UTC).start().toString();
                read++;
            } catch (IllegalArgumentException e) {
                // Which words a refusal uses is TimeSpanTest's concern; here, only that it refuses.
                actual = "refused";
            }
            assertEquals(expected, actual, p + " \"" + text + "\"");
        }
        // Most samples are valid, so both paths are exercised.
        assertEquals(true, read > 50_000 && read < 190_000, read + " of 200000 read");
    }

    @Test
    void readsStoredTimesAsLocalDateTimeDoes() {
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime t = LocalDateTime.of(random.nextInt(12_000) - 1_000, 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60),
                    random.nextInt(4) == 0 ? random.nextInt(60) : 0);
            assertEquals(t, TimeText.parseIsoLocal(t.toString()), t.toString());
        }
        assertEquals(LocalDateTime.of(2022, 2, 28, 23, 59), TimeText.parseIsoLocal("2022-02-28T23:59"));
        assertThrows(DateTimeException.class, () -> TimeText.parseIsoLocal("2022-02-30T10:00"));
    }

    @Test
    void writesEveryTimeAsTheFormattersDo() {
        Random random = new Random(13);
        for (int i = 0; i < 100_000; i++) {
            Precision p = Precision.values()[random.nextInt(Precision.values().length)];
            int year = random.nextInt(10) == 0 ? random.nextInt(20_000) - 5_000 : 1900 + random.nextInt(200);
            LocalDateTime t = LocalDateTime.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60));
            String expected = switch (p) {
                case DECADE, YEAR -> String.format(Locale.ROOT, "%04d", t.getYear());
                case SEASON, MONTH -> YearMonth.from(t).toString();
                case DAY -> t.toLocalDate().toString();
                case HOUR -> HOUR.format(t);
                case MINUTE -> MINUTE.format(t);
            };
            String written = TimeText.format(t, p);
            if (written != null) {
                assertEquals(expected, written, p + " " + t);
            } else {
                assertEquals(true, year < 0 || year > 9999, "only years outside 0–9999 are left to java.time: " + t);
            }
        }
    }

    /** What TimeSpan read before: java.time alone. */
    private static String reference(String text, Precision precision) {
        if (text.isBlank() || !oneShape(text, precision)) {
            return "refused";
        }
        try {
            LocalDateTime t = switch (precision) {
                case DECADE -> {
                    int year = Integer.parseInt(year(text));
                    if (year % 10 != 0) {
                        throw new IllegalArgumentException("decade \"" + text + "\" must start with a year ending in 0");
                    }
                    yield LocalDate.of(year, 1, 1).atStartOfDay();
                }
                case YEAR -> LocalDate.of(Integer.parseInt(year(text)), 1, 1).atStartOfDay();
                case SEASON, MONTH -> YearMonth.parse(text).atDay(1).atStartOfDay();
                case DAY -> LocalDate.parse(text).atStartOfDay();
                case HOUR -> LocalDateTime.parse(text, HOUR);
                case MINUTE -> LocalDateTime.parse(text, MINUTE);
            };
            return t.toString();
        } catch (IllegalArgumentException | DateTimeException e) {
            return "refused";
        }
    }

    /**
     * The exchange format writes each precision one way; java.time also reads signed and longer
     * years ("+10000-01-10"), which the format does not, so those are refused.
     */
    private static boolean oneShape(String text, Precision precision) {
        return switch (precision) {
            case DECADE, YEAR -> true;
            case SEASON, MONTH -> text.matches("\\d{4}-\\d{2}");
            case DAY -> text.matches("\\d{4}-\\d{2}-\\d{2}");
            case HOUR -> text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}");
            case MINUTE -> text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
        };
    }

    private static String year(String text) {
        if (!text.matches("\\d{4}")) {
            throw new NumberFormatException(text);
        }
        return text;
    }

    private static String sample(Random r, Precision p) {
        int year = r.nextInt(8) == 0 ? r.nextInt(10_000) : 1990 + r.nextInt(40);
        // Days up to 31 and hours up to 24 on purpose: the edges are where the formatters are particular.
        String ymd = String.format(Locale.ROOT, "%04d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(31));
        return switch (p) {
            case DECADE -> String.format(Locale.ROOT, "%04d", r.nextBoolean() ? year - year % 10 : year);
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
            case SEASON, MONTH -> ymd.substring(0, 7);
            case DAY -> ymd;
            case HOUR -> ymd + String.format(Locale.ROOT, "T%02d", r.nextInt(25));
            case MINUTE -> ymd + String.format(Locale.ROOT, "T%02d:%02d", r.nextInt(25), r.nextInt(61));
        };
    }

    /** Up to {@code edits} random replacements, insertions and deletions of characters. */
    private static String mutate(Random r, String s, int edits) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < edits; i++) {
            int at = b.length() == 0 ? 0 : r.nextInt(b.length());
            char c = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
            switch (r.nextInt(3)) {
                case 0 -> {
                    if (b.length() > 0) {
                        b.setCharAt(at, c);
                    }
                }
                case 1 -> b.insert(at, c);
                default -> {
                    if (b.length() > 0) {
                        b.deleteCharAt(at);
                    }
                }
            }
        }
        return b.toString();
    }
}
