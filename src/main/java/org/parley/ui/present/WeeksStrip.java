package org.parley.ui.present;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.layout.TextWrap;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;

/**
 * The strip under a context step that lies off the context band, "What comes next" for the week:
 * its span's weeks named by their Mondays ("10 Jan"), the talks' days shaded and named ("9–13 Jan"),
 * and each event its whole title at the slide's type, in at most two lines, over a bar across the
 * days it may fall on — hollow and dashed for what had not happened, as the handout's strip
 * ({@code export.handout.NextStrip}) and the timeline draw it. It had been the explorer's timeline,
 * whose lane names took a third of the strip and whose one-line labels cut every title with "…".
 * Events that do not fit the strip's height are counted ("+2 more"). Plain render code, no toolkit;
 * sizes are logical px at the slide's art zoom (type 10 = 3 % of the slide's height).
 */
final class WeeksStrip {

    static final FontSpec WEEK_FONT = DayStrip.DAY_FONT;
    static final FontSpec TALKS_FONT = DayStrip.TODAY_FONT;
    static final FontSpec TITLE_FONT = FontSpec.sans(10);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final double SIDE = 2;
    private static final double PAD = 3;
    /** A row of the header: the talks' name, then the Mondays under it. */
    private static final double HEADER_ROW = 14;
    private static final double LINE = 13;
    private static final double BAR = 7;
    private static final double EVENT_GAP = 6;
    private static final int MOST_TITLE_LINES = 2;
    private static final double LABEL_GAP = 6;

    private final Optional<DateRange> focus;
    private List<DayStrip.Text> lastTexts = List.of();

    WeeksStrip(Optional<DateRange> focus) {
        this.focus = focus;
    }

    /** The texts the last {@link #paint} drew, in logical px. */
    List<DayStrip.Text> lastTexts() {
        return lastTexts;
    }

    /**
     * The logical height that shows every event of {@code events} whole on a strip {@code width} wide,
     * measured with {@code measure}; it stops measuring once past {@code most}, the most a slide gives.
     */
    static double heightShowingAll(Painter measure, List<Event> events, double width, double most) {
        measure.setFont(TITLE_FONT);
        double height = 2 * HEADER_ROW + 5 + PAD;
        for (Event e : events) {
            if (height > most) {
                break;
            }
            int lines = TextWrap.lines(e.title(), width - 2 * SIDE, MOST_TITLE_LINES, measure::textWidth).size();
            height += lines * LINE + BAR + EVENT_GAP;
        }
        return height;
    }

    /** The days the strip spans: the events' and the talks'. */
    DateRange span(List<Event> events) {
        LocalDate first = focus.map(DateRange::first).orElse(LocalDate.MAX);
        LocalDate last = focus.map(DateRange::last).orElse(LocalDate.MIN);
        for (Event e : events) {
            first = e.time().startDate().isBefore(first) ? e.time().startDate() : first;
            last = e.time().lastDate().isAfter(last) ? e.time().lastDate() : last;
        }
        return new DateRange(first, last);
    }

    /** Paints {@code events} (in story order) filling {@code width} × {@code height}. */
    void paint(Painter p, List<Event> events, double width, double height, Theme theme) {
        List<DayStrip.Text> texts = new ArrayList<>();
        DateRange span = span(events);
        double perDay = (width - 2 * SIDE) / span.days();
        double top = 2 * HEADER_ROW + 5;
        p.save();
        ContextBandStrip.ground(p, theme, width, height);
        focus.ifPresent(f -> talks(p, theme, f, span, perDay, width, height, texts));
        weeks(p, theme, span, perDay, width, height, texts);
        p.setFont(TITLE_FONT);
        double ascent = p.ascent();
        // Wrapped as heightShowingAll measured them, so the height a slide gave holds every title.
        double room = width - 2 * SIDE;
        double y = top;
        int shown = 0;
        for (Event e : events) {
            p.setFont(TITLE_FONT);
            List<String> lines = TextWrap.lines(e.title(), room, MOST_TITLE_LINES, p::textWidth);
            double needed = lines.size() * LINE + BAR + EVENT_GAP;
            boolean last = shown == events.size() - 1;
            // Room kept for the count of those left out, unless this is the last event.
            if (y + needed + (last ? 0 : LINE) > height - PAD) {
                break;
            }
            double a = xOf(e.time().startDate(), span, perDay);
            double b = xOf(e.time().lastDate().plusDays(1), span, perDay);
            double widest = lines.stream().mapToDouble(p::textWidth).max().orElse(0);
            double x = Math.max(SIDE, Math.min(width - SIDE - widest, a));
            p.setFill(theme.text());
            for (String line : lines) {
                double baseline = y + (LINE + ascent) / 2 - 1;
                p.fillText(line, x, baseline, TextAnchor.START);
                texts.add(new DayStrip.Text(line, DayStrip.Role.TITLE, x, baseline, p.textWidth(line),
                        TITLE_FONT.size()));
                y += LINE;
            }
            DayStrip.bar(p, e, theme.kind(e.kind()), a, y + 1, Math.max(3, b - a), BAR);
            y += BAR + EVENT_GAP;
            shown++;
        }
        if (shown < events.size()) {
            String more = "+" + (events.size() - shown) + " more";
            p.setFont(TITLE_FONT);
            double baseline = y + (LINE + p.ascent()) / 2 - 1;
            p.setFill(theme.mutedText());
            p.fillText(more, SIDE, baseline, TextAnchor.START);
            texts.add(new DayStrip.Text(more, DayStrip.Role.MORE, SIDE, baseline, p.textWidth(more),
                    TITLE_FONT.size()));
        }
        p.restore();
        lastTexts = List.copyOf(texts);
    }

    /** The talks' days shaded down the strip and named on the header's first row. */
    private static void talks(Painter p, Theme theme, DateRange f, DateRange span, double perDay, double width,
                              double height, List<DayStrip.Text> texts) {
        double a = xOf(f.first(), span, perDay);
        double b = xOf(f.last().plusDays(1), span, perDay);
        p.setFill(theme.selection().withAlpha(0.12));
        p.fillRect(a, 1, Math.max(3, b - a), height - 1);
        String name = f.shortLabel();
        p.setFont(TALKS_FONT);
        double w = p.textWidth(name);
        double x = Math.max(SIDE, Math.min(width - SIDE - w, (a + b - w) / 2));
        double baseline = 2 + (HEADER_ROW + p.ascent()) / 2;
        p.setFill(theme.text());
        p.fillText(name, x, baseline, TextAnchor.START);
        texts.add(new DayStrip.Text(name, DayStrip.Role.TALKS, x, baseline, w, TALKS_FONT.size()));
    }

    /**
     * Each Monday's tick down the strip, named on the header's second row ("10 Jan"); where the
     * weeks stand too close for the month, by its day alone ("10") after the first, which keeps it.
     */
    private static void weeks(Painter p, Theme theme, DateRange span, double perDay, double width, double height,
                              List<DayStrip.Text> texts) {
        p.setFont(WEEK_FONT);
        boolean crowded = p.textWidth("30 Sep") + LABEL_GAP + PAD > 7 * perDay;
        double baseline = 2 + HEADER_ROW + (HEADER_ROW + p.ascent()) / 2;
        double lastEnd = Double.NEGATIVE_INFINITY;
        boolean first = true;
        for (LocalDate d = span.first().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
             !d.isAfter(span.last()); d = d.plusWeeks(1)) {
            double x = xOf(d, span, perDay);
            p.setStroke(theme.grid());
            p.setLineWidth(1);
            p.strokeLine(x, HEADER_ROW + 3, x, height);
            String label = crowded && !first ? Integer.toString(d.getDayOfMonth()) : DAY_MONTH.format(d);
            double w = p.textWidth(label);
            if (x + PAD >= lastEnd + LABEL_GAP && x + PAD + w <= width - SIDE) {
                p.setFill(theme.mutedText());
                p.fillText(label, x + PAD, baseline, TextAnchor.START);
                texts.add(new DayStrip.Text(label, DayStrip.Role.WEEK, x + PAD, baseline, w, WEEK_FONT.size()));
                lastEnd = x + PAD + w;
                first = false;
            }
        }
    }

    private static double xOf(LocalDate day, DateRange span, double perDay) {
        long from = ChronoUnit.DAYS.between(span.first(), day);
        return SIDE + perDay * Math.max(0, Math.min(span.days(), from));
    }
}
