package org.parley.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an event happened, no finer than the sources say. {@code start} is the first moment of the
 * first period, {@code end} the first moment after the last one (exclusive), both in local time
 * of {@code zone}. Written as text at the precision's own grain:
 * decade and year "1990", season and month "2021-09", day "2022-01-12", hour "2022-01-12T14",
 * minute "2022-01-12T14:30". A season names its first month and, unless an end is given, lasts three.
 */
public record TimeSpan(LocalDateTime start, LocalDateTime end, Precision precision, ZoneId zone) {

    /** A date and time as ISO 8601 writes it: its seconds (group 1) and its offset (group 2), if any. */
    private static final Pattern WRITTEN_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}(?::\\d{2})?(:\\d{2}(?:[.,]\\d+)?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    // Strict: the default resolver reads an hour 24 as the next day's midnight, which the schema refuses.
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    public TimeSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(zone, "zone");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /**
     * Reads a span written at {@code precision}'s grain.
     *
     * @param endText the last period, inclusive; null or blank for a single period
     * @throws IllegalArgumentException naming what does not parse, or an end before the start
     */
    public static TimeSpan parse(String startText, String endText, Precision precision, ZoneId zone) {
        LocalDateTime start = periodStart(startText, precision);
        LocalDateTime end;
        if (endText == null || endText.isBlank()) {
            end = precision == Precision.SEASON ? start.plusMonths(3) : next(start, precision);
        } else {
            LocalDateTime last = periodStart(endText, precision);
            if (last.isBefore(start)) {
                throw new IllegalArgumentException("end \"" + endText + "\" is before start \"" + startText + "\"");
            }
            end = next(last, precision);
        }
        return new TimeSpan(start, end, precision, zone);
    }

    private static LocalDateTime periodStart(String text, Precision precision) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("missing date");
        }
        LocalDateTime plain = TimeText.parse(text, precision);
        if (plain != null && !(precision == Precision.DECADE && plain.getYear() % 10 != 0)) {
            return plain;
        }
        String shape = shape(precision);
        if (shape != null && !text.matches(shape)) {
            // java.time would also read "+10000-01-10" or "2022-1-5"; the exchange format writes one shape.
            throw new IllegalArgumentException(notInShape(text, precision));
        }
        try {
            return switch (precision) {
                case DECADE -> {
                    int year = Integer.parseInt(requireYear(text));
                    if (year % 10 != 0) {
                        throw new IllegalArgumentException("decade \"" + text + "\" must start with a year ending in 0");
                    }
                    yield LocalDate.of(year, 1, 1).atStartOfDay();
                }
                case YEAR -> LocalDate.of(Integer.parseInt(requireYear(text)), 1, 1).atStartOfDay();
                case SEASON, MONTH -> YearMonth.parse(text).atDay(1).atStartOfDay();
                case DAY -> LocalDate.parse(text).atStartOfDay();
                case HOUR -> LocalDateTime.parse(text, HOUR);
                case MINUTE -> LocalDateTime.parse(text, MINUTE);
            };
        } catch (DateTimeException | NumberFormatException e) {
            String written = noSuchTime(text, precision);
            throw new IllegalArgumentException(written != null
                    ? "\"" + text + "\" is written as " + pattern(precision) + ", but " + written
                    : notInShape(text, precision));
        }
    }

    /**
     * "… is not a minute date (expected …)", and when {@code text} is a time as other programs write it (an
     * offset, seconds, a time where the precision has none), what to leave out or change.
     */
    private static String notInShape(String text, Precision precision) {
        String said = "\"" + text + "\" is not " + article(precision) + " " + precision.name().toLowerCase(Locale.ROOT)
                + " date (expected " + pattern(precision) + ")";
        Matcher time = WRITTEN_TIME.matcher(text);
        if (!time.matches()) {
            return said;
        }
        if (precision != Precision.HOUR && precision != Precision.MINUTE) {
            return said + ": a time of day needs the precision \"hour\" or \"minute\"";
        }
        if (time.group(2) != null) {
            return said + ": a time is written without an offset (here \"" + time.group(2) + "\"), as the clock read "
                    + "where it happened; the \"zone\" of the event says where that is";
        }
        return time.group(1) != null ? said + ": times go to the minute at most; leave out the seconds" : said;
    }

    /** The one way the exchange format writes a date of {@code precision}, as a regex; null for years and decades. */
    private static String shape(Precision precision) {
        return switch (precision) {
            case DECADE, YEAR -> null;
            case SEASON, MONTH -> "\\d{4}-\\d{2}";
            case DAY -> "\\d{4}-\\d{2}-\\d{2}";
            case HOUR -> "\\d{4}-\\d{2}-\\d{2}T\\d{2}";
            case MINUTE -> "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}";
        };
    }

    /**
     * Why {@code text}, though in {@code precision}'s shape, names no real time ("there is no month
     * 13"); null when its shape is wrong, so the expected shape is what to say.
     */
    private static String noSuchTime(String text, Precision precision) {
        String shape = shape(precision);
        if (shape == null || !text.matches(shape)) {
            return null;
        }
        int year = Integer.parseInt(text.substring(0, 4));
        int month = Integer.parseInt(text.substring(5, 7));
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        if (text.length() >= 10) {
            YearMonth ym = YearMonth.of(year, month);
            int day = Integer.parseInt(text.substring(8, 10));
            if (day < 1 || day > ym.lengthOfMonth()) {
                return ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year
                        + " has no day " + day;
            }
        }
        if (text.length() >= 13 && Integer.parseInt(text.substring(11, 13)) > 23) {
            return "there is no hour " + Integer.parseInt(text.substring(11, 13)) + " (00–23)";
        }
        if (text.length() >= 16 && Integer.parseInt(text.substring(14, 16)) > 59) {
            return "there is no minute " + Integer.parseInt(text.substring(14, 16)) + " (00–59)";
        }
        return null;
    }

    private static String requireYear(String text) {
        if (!text.matches("\\d{4}")) {
            throw new NumberFormatException(text);
        }
        return text;
    }

    private static LocalDateTime next(LocalDateTime t, Precision precision) {
        return switch (precision) {
            case DECADE -> t.plusYears(10);
            case YEAR -> t.plusYears(1);
            case SEASON, MONTH -> t.plusMonths(1);
            case DAY -> t.plusDays(1);
            case HOUR -> t.plusHours(1);
            case MINUTE -> t.plusMinutes(1);
        };
    }

    private static LocalDateTime previous(LocalDateTime t, Precision precision) {
        return switch (precision) {
            case DECADE -> t.minusYears(10);
            case YEAR -> t.minusYears(1);
            case SEASON, MONTH -> t.minusMonths(1);
            case DAY -> t.minusDays(1);
            case HOUR -> t.minusHours(1);
            case MINUTE -> t.minusMinutes(1);
        };
    }

    public static String pattern(Precision precision) {
        return switch (precision) {
            case DECADE -> "YYY0";
            case YEAR -> "YYYY";
            case SEASON, MONTH -> "YYYY-MM";
            case DAY -> "YYYY-MM-DD";
            case HOUR -> "YYYY-MM-DDTHH";
            case MINUTE -> "YYYY-MM-DDTHH:MM";
        };
    }

    /** The start written at the precision's grain, as {@link #parse} reads it. */
    public String startText() {
        return format(start);
    }

    /** The last period written at the precision's grain; empty when the span is one period. */
    public String endText() {
        LocalDateTime single = precision == Precision.SEASON ? start.plusMonths(3) : next(start, precision);
        return end.equals(single) ? "" : format(previous(end, precision));
    }

    private String format(LocalDateTime t) {
        String plain = TimeText.format(t, precision);
        if (plain != null) {
            return plain;
        }
        return switch (precision) {
            case DECADE, YEAR -> String.format(Locale.ROOT, "%04d", t.getYear());
            case SEASON, MONTH -> YearMonth.from(t).toString();
            case DAY -> t.toLocalDate().toString();
            case HOUR -> HOUR.format(t);
            case MINUTE -> MINUTE.format(t);
        };
    }

    public Instant startInstant() {
        return start.atZone(zone).toInstant();
    }

    public Instant endInstant() {
        return end.atZone(zone).toInstant();
    }

    public LocalDate startDate() {
        return start.toLocalDate();
    }

    /**
     * The last calendar day the span touches, its end being exclusive: the day of the end less a
     * nanosecond, without that arithmetic, which a start repeats for each of 100,000 events before
     * the JIT has compiled it.
     */
    public LocalDate lastDate() {
        return lastDateOf(end);
    }

    /** The last calendar day a span ending (exclusively) at {@code end} touches. */
    public static LocalDate lastDateOf(LocalDateTime end) {
        LocalDate day = end.toLocalDate();
        return end.toLocalTime().equals(LocalTime.MIDNIGHT) ? day.minusDays(1) : day;
    }

    /** True when the span lies within one calendar day (in its zone). */
    public boolean withinOneDay() {
        return !end.isAfter(start.toLocalDate().plusDays(1).atStartOfDay());
    }

    /** A reader's label that claims no more than the precision: "1990s", "fall 2021", "Wed 12 Jan 2022". */
    public String label() {
        return switch (precision) {
            case DECADE -> start.getYear() + "s";
            case YEAR -> end.getYear() - start.getYear() > 1
                    ? start.getYear() + "–" + (end.getYear() - 1) : Integer.toString(start.getYear());
            case SEASON -> season(start.getMonthValue()) + " " + start.getYear();
            case MONTH -> range(DateTimeFormatter.ofPattern("MMM u", Locale.ENGLISH), Precision.MONTH);
            case DAY -> range(DateTimeFormatter.ofPattern("EEE d MMM u", Locale.ENGLISH), Precision.DAY);
            case HOUR, MINUTE -> DateTimeFormatter.ofPattern("EEE d MMM u, HH:mm", Locale.ENGLISH).format(start)
                    + " " + zone.getId();
        };
    }

    /**
     * The label in a narrow column: a run of days names its month and year once ("9–11 Jan 2022"),
     * a time leaves its zone out ("Wed 12 Jan 2022, 10:00"); the rest is {@link #label()}.
     */
    public String compactLabel() {
        return switch (precision) {
            case DAY -> compactDays();
            case HOUR, MINUTE -> DateTimeFormatter.ofPattern("EEE d MMM u, HH:mm", Locale.ENGLISH).format(start);
            default -> label();
        };
    }

    /**
     * The label in a list of one focus period, whose year is said once above it: "9 Jan",
     * "9–11 Jan", "12 Jan, 10:00"; a span of months or more is {@link #label()}, which claims no day.
     */
    public String shortLabel() {
        return switch (precision) {
            case DAY -> dayRun(false);
            case HOUR, MINUTE -> DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH).format(start);
            default -> label();
        };
    }

    private String compactDays() {
        return dayRun(true);
    }

    /**
     * A run of days, its month (and with {@code year}, its year) named once: "9–11 Jan 2022",
     * "28 Jan – 2 Feb"; one day alone is {@link #label()} with the year, "9 Jan" without.
     */
    private String dayRun(boolean year) {
        LocalDateTime last = previous(end, Precision.DAY);
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        DateTimeFormatter closing = year ? DateTimeFormatter.ofPattern("d MMM u", Locale.ENGLISH) : dayMonth;
        if (last.equals(start)) {
            return year ? label() : dayMonth.format(start);
        }
        if (year && start.getYear() != last.getYear()) {
            return closing.format(start) + " – " + closing.format(last);
        }
        if (start.getMonth() != last.getMonth() || start.getYear() != last.getYear()) {
            return dayMonth.format(start) + " – " + closing.format(last);
        }
        return start.getDayOfMonth() + "–" + closing.format(last);
    }

    private String range(DateTimeFormatter f, Precision p) {
        LocalDateTime last = previous(end, p);
        return last.equals(start) ? f.format(start) : f.format(start) + " – " + f.format(last);
    }

    private static String season(int month) {
        return switch (month) {
            case 12, 1, 2 -> "winter";
            case 3, 4, 5 -> "spring";
            case 6, 7, 8 -> "summer";
            default -> "fall";
        };
    }

    /** "an hour date", "a day date". */
    private static String article(Precision precision) {
        return precision == Precision.HOUR ? "an" : "a";
    }
}
