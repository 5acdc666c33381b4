package org.parley.export.handout;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Event;

/**
 * The small timeline across the foot of a handout page: the focus week's days with the step's days
 * dark, or — for the background — the years it spans with a dot for each event, or — for what comes
 * next — its own days with the talks' shaded ({@link NextStrip}). So a reader holding
 * one page still sees where in the story it falls.
 */
final class PageStrip {

    static final float HEIGHT = 26;
    static final float TEXT_SIZE = 11;
    /** Where "outside the filter" stands, from the strip's foot. */
    private static final float CAPTION_BASELINE = 3.5f;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private PageStrip() {
    }

    /** The days the deck's events span, background and what comes next included: the strip of a context step. */
    static DateRange storyOf(List<Step> deck) {
        List<Event> all = new ArrayList<>();
        for (Step s : deck) {
            all.addAll(s.events());
        }
        return Dataset.spanOf(all).orElse(null);
    }

    /**
     * The frame of the background's years: the deck's story, and under a time filter the whole dataset's
     * ({@code whole}) too, so the years the filter leaves out stay on the line, hatched (decision 0135), rather
     * than the line shrinking to the filter and seeming to be the whole story.
     */
    static DateRange storyOf(List<Step> deck, Optional<DateRange> kept, Optional<DateRange> whole) {
        DateRange story = storyOf(deck);
        if (kept.isEmpty() || whole.isEmpty()) {
            return story;
        }
        if (story == null) {
            return whole.get();
        }
        return new DateRange(story.first().isBefore(whole.get().first()) ? story.first() : whole.get().first(),
                story.last().isAfter(whole.get().last()) ? story.last() : whole.get().last());
    }

    /**
     * Draws the strip with its lower-left corner at {@code (x, y)}, {@code width} wide; a context
     * step's events are dotted along {@code story}, the whole deck's span.
     */
    static void draw(PDPageContentStream cs, HandoutFonts fonts, Step step, DateRange focus, DateRange story, float x,
                     float y, float width) throws IOException {
        draw(cs, fonts, step, focus, Optional.empty(), story, x, y, width);
    }

    /**
     * As above, the week's days outside {@code kept} (the days a time filter keeps, {@code
     * EventFilter.keptDays}) hatched and captioned "outside the filter", as a slide's strip draws them
     * (decision 0132): the pages say "Filtered: on 10 Jan 2022" above a week of days.
     */
    static void draw(PDPageContentStream cs, HandoutFonts fonts, Step step, DateRange focus, Optional<DateRange> kept,
                     DateRange story, float x, float y, float width) throws IOException {
        LocalDate day = step.event().time().startDate();
        if (!step.isContext() && focus != null && focus.contains(day)) {
            float dayWidth = TextBlock.width("Wed 30 Sep", fonts.bold(), TEXT_SIZE) + 4;
            if (focus.days() * dayWidth <= width) {
                days(cs, fonts, focus, kept, day, step.event().time().lastDate(), x, y, width);
            } else {
                // A focus of months or years has no room for a box a day (a box and a label for each
                // of 3 million days took minutes and gigabytes): one line, the step's days dark on it.
                span(cs, fonts, focus, kept, day, step.event().time().lastDate(), x, y, width);
            }
        } else if (NextStrip.isNext(step, focus)) {
            NextStrip.draw(cs, fonts, step.context(), focus, true, kept, x, y, width);
        } else if (step.isContext() && NextStrip.withinOneMonth(step.events(), focus)) {
            NextStrip.draw(cs, fonts, step.events(), focus, false, kept, x, y, width);
        } else {
            years(cs, fonts, step.events(), story, kept, x, y, width);
        }
    }

    /**
     * The week's days, those from {@code day} to {@code last} dark: talks over three days mark all three.
     * Days outside {@code kept} are hatched, the step's own among them too (the Russian officials' wait
     * of 9–11 January, which 10 January keeps, stays dark on all three), with names raised above the caption.
     */
    private static void days(PDPageContentStream cs, HandoutFonts fonts, DateRange focus, Optional<DateRange> kept,
                             LocalDate day, LocalDate last, float x, float y, float width) throws IOException {
        int n = (int) focus.days();
        float column = width / n;
        // Each day is a box of its own, so each outside day is captioned in its box: one caption centred
        // under a run of three read as naming the middle day alone.
        boolean captions = kept.isPresent() && OutsideFilter.fits(fonts, column)
                && IntStream.range(0, n).anyMatch(i -> !kept.get().contains(focus.first().plusDays(i)));
        // With captions under them the names go up, every day's alike, so the row of names stays level.
        float baseline = captions ? y + HEIGHT - TEXT_SIZE - 1 : y + (HEIGHT - TEXT_SIZE) / 2 + 2;
        for (int i = 0; i < n; i++) {
            LocalDate d = focus.first().plusDays(i);
            boolean here = !d.isBefore(day) && !d.isAfter(last);
            boolean outside = kept.isPresent() && !kept.get().contains(d);
            float left = x + i * column + 1;
            cs.setNonStrokingColor(here ? 0.15f : outside ? OutsideFilter.PALE : 0.9f);
            cs.addRect(left, y, column - 2, HEIGHT);
            cs.fill();
            if (outside) {
                OutsideFilter.hatch(cs, left, y, column - 2, HEIGHT, here ? OutsideFilter.ON_DARK : OutsideFilter.ON_PALE);
            }
            cs.setNonStrokingColor(here ? 1f : outside ? 0.4f : 0.3f);
            String label = DAY.format(d);
            float w = TextBlock.width(label, here ? fonts.bold() : fonts.regular(), TEXT_SIZE);
            TextBlock.draw(cs, List.of(label), here ? fonts.bold() : fonts.regular(), TEXT_SIZE,
                    x + i * column + (column - w) / 2, baseline, 0);
            if (outside && captions) {
                OutsideFilter.caption(cs, fonts, x + i * column + column / 2, y + CAPTION_BASELINE, here ? 0.9f : 0.25f);
            }
        }
    }

    /** The focus as one line with its first and last day at the ends, {@code day} to {@code last} dark on it. */
    private static void span(PDPageContentStream cs, HandoutFonts fonts, DateRange focus, Optional<DateRange> kept,
                             LocalDate day, LocalDate last, float x, float y, float width) throws IOException {
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMM u", Locale.ENGLISH);
        String from = full.format(focus.first());
        String to = full.format(focus.last());
        float fromRoom = TextBlock.width(from, fonts.regular(), TEXT_SIZE) + 8;
        float toRoom = TextBlock.width(to, fonts.regular(), TEXT_SIZE) + 8;
        float x0 = x + fromRoom;
        float x1 = x + width - toRoom;
        double days = Math.max(1, focus.days());
        Function<LocalDate, Float> at = d -> (float) (x0 + Math.max(0, Math.min(1,
                focus.first().until(d, ChronoUnit.DAYS) / days)) * (x1 - x0));
        List<OutsideFilter.Part> outside = OutsideFilter.parts(focus, kept, at);
        boolean captions = false;
        for (OutsideFilter.Part p : outside) {
            captions |= OutsideFilter.fits(fonts, p.width());
        }
        // With captions under it the line goes up, as the day bars' names do, so its dark mark clears them.
        float mid = y + HEIGHT / 2 + (captions ? 4 : 0);
        for (OutsideFilter.Part p : outside) {
            OutsideFilter.shade(cs, p.left(), y, p.width(), HEIGHT);
        }
        ends(cs, fonts, from, to, fromRoom, toRoom, x, mid, width);
        cs.setNonStrokingColor(0.85f);
        cs.addRect(x0, mid - 4, x1 - x0, 8);
        cs.fill();
        float left = at.apply(day);
        float right = at.apply(last.plusDays(1));
        cs.setNonStrokingColor(0.15f);
        cs.addRect(left, mid - 6, Math.max(3, right - left), 12);
        cs.fill();
        // The step's own days outside the filter stay dark, hatched as its dark days on the day bars are.
        for (OutsideFilter.Part p : outside) {
            float a = Math.max(p.left(), left);
            float b = Math.min(p.right(), left + Math.max(3, right - left));
            if (b > a) {
                OutsideFilter.hatch(cs, a, mid - 6, b - a, 12, OutsideFilter.ON_DARK);
            }
        }
        captions(cs, fonts, outside, y);
    }

    /** "outside the filter" under each stretch it fits. */
    private static void captions(PDPageContentStream cs, HandoutFonts fonts, List<OutsideFilter.Part> outside, float y)
            throws IOException {
        for (OutsideFilter.Part p : outside) {
            if (OutsideFilter.fits(fonts, p.width())) {
                OutsideFilter.caption(cs, fonts, p.centre(), y + CAPTION_BASELINE, 0.25f);
            }
        }
    }

    /**
     * The years of the story, a dot for each of the step's events: the background, not on a line
     * "Jan 2022 – Dec 2022" that claims a year the papers, of 12 January, never saw. A story within
     * one year gets its months instead.
     */
    private static void years(PDPageContentStream cs, HandoutFonts fonts, List<Event> events, DateRange story,
                              Optional<DateRange> kept, float x, float y, float width) throws IOException {
        int first = events.stream().mapToInt(e -> e.time().startDate().getYear()).min().orElseThrow();
        int latest = events.stream().mapToInt(e -> e.time().startDate().getYear()).max().orElseThrow();
        if (story != null) {
            first = Math.min(first, story.first().getYear());
            latest = Math.max(latest, story.last().getYear());
        }
        boolean oneYear = first == latest;
        int last = oneYear ? first : latest;
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM u", Locale.ENGLISH);
        LocalDate lastDay = story != null ? story.last() : events.stream().map(e -> e.time().lastDate())
                .max(LocalDate::compareTo).orElseThrow();
        String from = oneYear ? "Jan " + first : Integer.toString(first);
        String to = oneYear ? month.format(lastDay) : Integer.toString(last);
        float labelW = TextBlock.width(oneYear ? "Dec 0000" : "0000", fonts.regular(), TEXT_SIZE) + 8;
        float x0 = x + labelW;
        float x1 = x + width - labelW;
        float mid = y + HEIGHT / 2;
        // A year's line runs from its first day to its last; several years' from the first's start to the last's end.
        double span = oneYear ? Math.max(1, lastDay.getMonthValue()) / 12.0 : last + 1.0 - first;
        int origin = first;
        Function<LocalDate, Float> place = d -> (float) (x0 + (x1 - x0)
                * Math.max(0, Math.min(1, (d.getYear() + (d.getDayOfYear() - 1) / 366.0 - origin) / span)));
        LocalDate end = oneYear ? lastDay.withDayOfMonth(lastDay.lengthOfMonth()) : LocalDate.of(last, 12, 31);
        List<OutsideFilter.Part> outside = OutsideFilter.parts(new DateRange(LocalDate.of(first, 1, 1), end), kept, place);
        for (OutsideFilter.Part p : outside) {
            OutsideFilter.shade(cs, p.left(), y, p.width(), HEIGHT);
        }
        ends(cs, fonts, from, to, labelW, labelW, x, mid, width);
        cs.setStrokingColor(0.6f);
        cs.setLineWidth(1.5f);
        cs.moveTo(x0, mid);
        cs.lineTo(x1, mid);
        cs.stroke();
        cs.setNonStrokingColor(0.15f);
        for (Event e : events) {
            LocalDate d = e.time().startDate();
            double at = d.getYear() + (d.getDayOfYear() - 1) / 366.0 - first;
            float cx = (float) (x0 + (x1 - x0) * at / span);
            cs.addRect(cx - 2.5f, mid - 2.5f, 5, 5);
            cs.fill();
        }
        captions(cs, fonts, outside, y);
    }

    /** Writes {@code from} and {@code to} at the strip's two ends, level with its line at {@code mid}. */
    private static void ends(PDPageContentStream cs, HandoutFonts fonts, String from, String to, float fromRoom,
                             float toRoom, float x, float mid, float width) throws IOException {
        float x1 = x + width - toRoom;
        cs.setNonStrokingColor(0.3f);
        TextBlock.draw(cs, List.of(from), fonts.regular(), TEXT_SIZE, x, mid - 4, 0);
        TextBlock.draw(cs, List.of(to), fonts.regular(), TEXT_SIZE, x1 + 8, mid - 4, 0);
    }
}
