package org.parley.export.handout;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.parley.model.DateRange;
import org.parley.model.Event;

/**
 * The strip of "What comes next", as the slide's: the days the expected events may fall on (the
 * month "January 2022", for the week's papers), its weeks labelled, the talks' days shaded and named
 * ("9–13 Jan"), and each expected event a hollow dashed bar over its days, as the timeline draws what
 * had not happened. It had been a bare "1990 ——— 2022" line with one dot at its end, which said
 * neither when the talks were nor when the rest was expected. A context step whose events all lie in
 * the talks' month gets the same strip, its bars solid ({@link #withinOneMonth}).
 */
final class NextStrip {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM u", Locale.ENGLISH);
    /** The band's row, from the strip's foot: the axis, the events' bars and the talks. */
    private static final float BAND = 13;
    private static final float GAP = 8;

    private NextStrip() {
    }

    /** Whether the step is "What comes next": a context step of events still to come when the focus began. */
    static boolean isNext(Step step, DateRange focus) {
        return focus != null && step.isContext() && !step.context().isEmpty() && step.context().stream()
                .allMatch(e -> Steps.part(e, focus) == Steps.Part.NEXT);
    }

    /** The days the strip spans: the step's events' and the focus's. */
    static DateRange span(List<Event> events, DateRange focus) {
        LocalDate first = focus.first();
        LocalDate last = focus.last();
        for (Event e : events) {
            first = e.time().startDate().isBefore(first) ? e.time().startDate() : first;
            last = e.time().lastDate().isAfter(last) ? e.time().lastDate() : last;
        }
        return new DateRange(first, last);
    }

    /**
     * Whether a context step's events, with the focus, lie within one month: "How we got here" filtered
     * from 12 January on keeps only events of "January 2022", whose strip of years had read "Jan 2022
     * ——— Jan 2022", dots at its left end. Drawn as this strip, solid bars for what had happened.
     */
    static boolean withinOneMonth(List<Event> events, DateRange focus) {
        if (focus == null || events.isEmpty()) {
            return false;
        }
        DateRange span = span(events, focus);
        return span.first().withDayOfMonth(1).equals(span.last().withDayOfMonth(1));
    }

    /**
     * Draws the strip with its lower-left corner at {@code (x, y)}, {@code width} wide and {@link PageStrip#HEIGHT}
     * high, its bars hollow and dashed only when {@code expected}; the days before {@code kept}'s first and after
     * its last (the days a time filter keeps) hatched and captioned "outside the filter", as the day bars' are
     * (decision 0135): filtered to 10 January, the month of what comes next had drawn all its days alike.
     */
    static void draw(PDPageContentStream cs, HandoutFonts fonts, List<Event> events, DateRange focus, boolean expected,
                     Optional<DateRange> kept, float x, float y, float width) throws IOException {
        DateRange span = span(events, focus);
        Scale scale = new Scale(span, x, width);
        float size = PageStrip.TEXT_SIZE;
        List<OutsideFilter.Part> outside = OutsideFilter.parts(span, kept, scale::left);
        for (OutsideFilter.Part p : outside) {
            OutsideFilter.shade(cs, p.left(), y, p.width(), PageStrip.HEIGHT);
        }
        // The axis, and the labelled ticks above it.
        cs.setStrokingColor(0.6f);
        cs.setLineWidth(1f);
        cs.moveTo(x, y + BAND / 2);
        cs.lineTo(x + width, y + BAND / 2);
        cs.stroke();
        for (Tick t : ticks(span, scale, fonts.regular(), size)) {
            cs.setStrokingColor(0.6f);
            cs.moveTo(t.x(), y + BAND / 2);
            cs.lineTo(t.x(), y + PageStrip.HEIGHT - 3);
            cs.stroke();
            cs.setNonStrokingColor(0.3f);
            TextBlock.draw(cs, List.of(t.label()), fonts.regular(), size, t.x() + 3, y + BAND + 2, 0);
        }
        // What is expected: a hollow dashed bar over the days each event may fall on; what happened, a solid one.
        cs.setLineDashPattern(expected ? new float[] {3, 2} : new float[0], 0);
        cs.setStrokingColor(0.25f);
        for (Event e : events) {
            float a = scale.left(e.time().startDate());
            float b = scale.right(e.time().lastDate());
            cs.setNonStrokingColor(expected ? 1f : 0.55f);
            cs.addRect(a, y + 2, Math.max(3, b - a), BAND - 4);
            cs.fillAndStroke();
        }
        cs.setLineDashPattern(new float[0], 0);
        // The talks, over them: shaded and named by their days.
        float a = scale.left(focus.first());
        float b = scale.right(focus.last());
        cs.setNonStrokingColor(0.15f);
        cs.addRect(a, y, Math.max(3, b - a), BAND);
        cs.fill();
        // The talks' days outside the filter stay dark, hatched as the day bars' dark days are.
        for (OutsideFilter.Part p : outside) {
            float from = Math.max(p.left(), a);
            float to = Math.min(p.right(), a + Math.max(3, b - a));
            if (to > from) {
                OutsideFilter.hatch(cs, from, y, to - from, BAND, OutsideFilter.ON_DARK);
            }
        }
        String days = days(focus);
        float w = TextBlock.width(days, fonts.bold(), size);
        boolean inside = w + 6 <= b - a;
        float at = inside ? a + (b - a - w) / 2 : Math.min(b + 4, x + width - w);
        // Outside the shade the name stands on white, over the dashed bar it crosses.
        if (!inside) {
            cs.setNonStrokingColor(1f);
            cs.addRect(at - 2, y + 1, w + 4, BAND - 2);
            cs.fill();
        }
        cs.setNonStrokingColor(inside ? 1f : 0.15f);
        TextBlock.draw(cs, List.of(days), fonts.bold(), size, at, y + 2.5f, 0);
        float talksEnd = inside ? a + Math.max(3, b - a) : Math.max(a + Math.max(3, b - a), at + w + 2);
        captions(cs, fonts, outside, Math.min(a, at - 2), talksEnd, y);
    }

    /**
     * "outside the filter" in each stretch outside it, in the band on white as the talks' name is off their
     * shade, beside the talks (from {@code talksStart} to {@code talksEnd}) rather than over them; left out
     * where it does not fit.
     */
    private static void captions(PDPageContentStream cs, HandoutFonts fonts, List<OutsideFilter.Part> outside,
                                 float talksStart, float talksEnd, float y) throws IOException {
        float w = OutsideFilter.captionWidth(fonts);
        for (OutsideFilter.Part p : outside) {
            OutsideFilter.Part before = new OutsideFilter.Part(p.left(), Math.min(p.right(), talksStart - 2));
            OutsideFilter.Part after = new OutsideFilter.Part(Math.max(p.left(), talksEnd + 2), p.right());
            OutsideFilter.Part room = before.width() >= after.width() ? before : after;
            if (OutsideFilter.fits(fonts, room.width())) {
                cs.setNonStrokingColor(1f);
                cs.addRect(room.centre() - w / 2 - 2, y + 1, w + 4, BAND - 2);
                cs.fill();
                OutsideFilter.caption(cs, fonts, room.centre(), y + 3.5f, 0.25f);
            }
        }
    }

    /** "9–13 Jan", "28 Jan – 3 Feb", "12 Jan", with the year when the days run into another. */
    static String days(DateRange range) {
        return range.shortLabel();
    }

    /**
     * The ticks of the finest unit whose labels stand apart: Mondays ("10 Jan") for a month, the
     * first of each month ("Feb 2022") for a year, years for longer; a label that would run into
     * the next or off the strip is left out.
     */
    static List<Tick> ticks(DateRange span, Scale scale, PDFont font, float size) throws IOException {
        long days = span.days();
        float room = scale.width();
        List<Tick> ticks = new ArrayList<>();
        if (room * 7 / days >= TextBlock.width("30 Sep", font, size) + GAP) {
            LocalDate d = span.first().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            for (; !d.isAfter(span.last()); d = d.plusWeeks(1)) {
                ticks.add(new Tick(scale.left(d), DAY_MONTH.format(d)));
            }
        } else if (room * 30 / days >= TextBlock.width("Sep 2022", font, size) + GAP) {
            LocalDate d = span.first().withDayOfMonth(1);
            for (d = d.isBefore(span.first()) ? d.plusMonths(1) : d; !d.isAfter(span.last()); d = d.plusMonths(1)) {
                ticks.add(new Tick(scale.left(d), MONTH_YEAR.format(d)));
            }
        } else {
            float perYear = room * 365.25f / days;
            // 1, 2, 5, 10, 20, 50, … years apart, the first that leaves a label room.
            int step = 1;
            for (int i = 0; perYear * step < TextBlock.width("0000", font, size) + GAP && step < 10_000; i++) {
                step = new int[] {2, 5, 10}[i % 3] * (int) Math.pow(10, i / 3);
            }
            int year = (span.first().getYear() / step + 1) * step;
            for (; year <= span.last().getYear(); year += step) {
                ticks.add(new Tick(scale.left(LocalDate.of(year, 1, 1)), Integer.toString(year)));
            }
        }
        return standingApart(ticks, scale, font, size);
    }

    private static List<Tick> standingApart(List<Tick> ticks, Scale scale, PDFont font, float size) throws IOException {
        List<Tick> kept = new ArrayList<>();
        float lastEnd = Float.NEGATIVE_INFINITY;
        for (Tick t : ticks) {
            float end = t.x() + 3 + TextBlock.width(t.label(), font, size);
            if (t.x() >= lastEnd + GAP && end <= scale.x() + scale.width()) {
                kept.add(t);
                lastEnd = end;
            }
        }
        return kept;
    }

    /** A labelled tick at {@code x}. */
    record Tick(float x, String label) {
    }

    /** Days to points: a day is a column, so a day's left edge is where it begins and its right where the next begins. */
    record Scale(DateRange span, float x, float width) {

        float left(LocalDate day) {
            long from = ChronoUnit.DAYS.between(span.first(), day);
            return x + width * Math.max(0, Math.min(span.days(), from)) / span.days();
        }

        float right(LocalDate day) {
            return left(day.plusDays(1));
        }
    }
}
