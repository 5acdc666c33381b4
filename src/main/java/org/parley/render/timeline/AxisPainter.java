package org.parley.render.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.parley.layout.Tick;
import org.parley.layout.TickUnit;
import org.parley.layout.Ticks;
import org.parley.layout.TimeRange;
import org.parley.layout.TimeScale;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;

/**
 * The time axis over the lanes: the period in view ("January 2022") on the upper row, tick labels
 * on the lower one, each label dropped rather than drawn over its neighbour. A slide's strip may
 * also name the shaded focus by its days ("9–13 Jan") on the upper row, over the band, and its
 * weeks by their days alone where "10 Jan" labels would crowd.
 */
final class AxisPainter {

    private static final FontSpec CONTEXT_FONT = FontSpec.sansBold(12);
    private static final FontSpec TICK_FONT = FontSpec.sans(12);
    private static final FontSpec ZONE_FONT = FontSpec.sans(11);
    private static final double LABEL_GAP = 10;
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private AxisPainter() {
    }

    /**
     * Paints the axis.
     *
     * @param focus the focus to name over its band, or null
     * @param zoneCaption whether to say in the corner which clock the axis keeps ("Venue local time")
     * @return the texts drawn on the tick and period rows, left to right on each
     */
    static List<String> paint(Painter p, Theme theme, Ticks ticks, ZoneId zone, double width, double top,
                              TimeScale scale, TimeRange focus, boolean zoneCaption) {
        double h = TimelineMetrics.AXIS_HEIGHT;
        double left = TimelineMetrics.GUTTER;
        p.save();
        p.setFill(theme.panel());
        p.fillRect(0, top, width, h);
        p.setStroke(theme.gridStrong());
        p.setLineWidth(1);
        p.strokeLine(0, top + h - 0.5, width, top + h - 0.5);
        p.strokeLine(left - 0.5, top, left - 0.5, top + h);

        if (zoneCaption) {
            p.setFont(ZONE_FONT);
            p.setFill(theme.mutedText());
            p.fillText(zoneCaption(zone), 10, top + h - 10, TextAnchor.START);
        }

        p.clipRect(left, top, width - left, h);
        p.translate(left, top);
        double itemsWidth = width - left;
        p.setStroke(theme.gridStrong());
        for (Tick t : ticks.minor()) {
            p.strokeLine(t.x(), h - 5, t.x(), h);
        }
        for (Tick t : ticks.major()) {
            p.strokeLine(t.x(), h - 12, t.x(), h);
        }
        List<String> drawn = new ArrayList<>();
        // Pinned too: when the view lies inside one day its only tick is off screen to the left.
        List<double[]> periods = new ArrayList<>();
        if (focus != null && ticks.majorUnit() == TickUnit.WEEK && crowded(p, ticks.major())) {
            // The weeks by their days, under the talks' days ("9–13 Jan") and the months that find room beside them.
            labels(p, theme, byDayOfMonth(ticks.major(), zone), TICK_FONT, h - 10, itemsWidth, true, drawn,
                    new ArrayList<>());
            List<String> caption = new ArrayList<>();
            focusCaption(p, theme, scale, focus, zone, itemsWidth, periods).ifPresent(caption::add);
            labels(p, theme, months(scale, zone, itemsWidth), CONTEXT_FONT, 17, itemsWidth, true, drawn, periods);
            drawn.addAll(caption);
        } else {
            labels(p, theme, ticks.majorLabels(), TICK_FONT, h - 10, itemsWidth, true, drawn, new ArrayList<>());
            labels(p, theme, ticks.context(), CONTEXT_FONT, 17, itemsWidth, true, drawn, periods);
            if (focus != null) {
                focusCaption(p, theme, scale, focus, zone, itemsWidth, periods).ifPresent(drawn::add);
            }
        }
        p.restore();
        return drawn;
    }

    /** Whether two of the ticks' labels would stand closer than the gap the axis keeps between them. */
    private static boolean crowded(Painter p, List<Tick> ticks) {
        p.setFont(TICK_FONT);
        for (int i = 0; i + 1 < ticks.size(); i++) {
            if (ticks.get(i).x() + p.textWidth(ticks.get(i).label()) + LABEL_GAP > ticks.get(i + 1).x()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A slide's weeks named by their Mondays' days alone ("3", "10", "17"), the month being named on
     * the row above: in a window under 1280 px a month's "3 Jan", "10 Jan", … ran into each other and
     * the weeks went unlabelled. The week begun left of the view is left out, since its day is of the
     * month before the one named at the left edge.
     */
    private static List<Tick> byDayOfMonth(List<Tick> ticks, ZoneId zone) {
        return ticks.stream().map(t -> new Tick(t.time(), t.x(),
                Integer.toString(t.time().atZone(zone).getDayOfMonth()))).toList();
    }

    /** The months in view ("Jan 2022"), the first pinned at the left edge: the row above weeks named by their days. */
    private static List<Tick> months(TimeScale scale, ZoneId zone, double width) {
        List<Tick> months = new ArrayList<>();
        ZonedDateTime t = Instant.ofEpochMilli(Math.round(scale.startMillis())).atZone(zone)
                .toLocalDate().withDayOfMonth(1).atStartOfDay(zone);
        for (; scale.xOf(t.toInstant()) <= width; t = t.plusMonths(1)) {
            months.add(new Tick(t.toInstant(), scale.xOf(t.toInstant()), TickUnit.MONTH.label(t)));
        }
        return months;
    }

    /**
     * Names the focus band by its days on the period row, starting over the band, where it does not
     * run into the period's name or off the axis: otherwise the shaded column is unexplained.
     */
    private static Optional<String> focusCaption(Painter p, Theme theme, TimeScale scale, TimeRange focus,
                                                           ZoneId zone, double width, List<double[]> periods) {
        double x0 = scale.xOf(focus.start());
        double x1 = scale.xOf(focus.end());
        // The band is not drawn where it would cover half the axis (a zoom inside the week): nothing to name.
        if (x1 < 0 || x0 > width || x1 - x0 > width / 2) {
            return Optional.empty();
        }
        String text = days(focus, zone);
        p.setFont(CONTEXT_FONT);
        double w = p.textWidth(text);
        // Over the band when it fits there; else ending at the axis's right edge, still over part of it.
        double x = Math.min(Math.max(x0, 0) + 5, width - 2 - w);
        boolean clear = x >= 0 && x <= x1 && periods.stream()
                .allMatch(r -> x + w + LABEL_GAP <= r[0] || x >= r[1] + LABEL_GAP);
        if (!clear) {
            return Optional.empty();
        }
        p.setFill(theme.text());
        p.fillText(text, x, 17, TextAnchor.START);
        periods.add(new double[] {x, x + w});
        return Optional.of(text);
    }

    /** "9–13 Jan", "28 Jan – 3 Feb", "12 Jan": the days of a range in its zone (its end is exclusive). */
    static String days(TimeRange range, ZoneId zone) {
        LocalDate first = range.start().atZone(zone).toLocalDate();
        LocalDate last = range.end().minusMillis(1).atZone(zone).toLocalDate();
        if (!last.isAfter(first)) {
            return DAY_MONTH.format(first);
        }
        return first.getMonth() == last.getMonth() && first.getYear() == last.getYear()
                ? first.getDayOfMonth() + "\u2013" + DAY_MONTH.format(last)
                : DAY_MONTH.format(first) + " \u2013 " + DAY_MONTH.format(last);
    }

    /**
     * Labels start just right of their tick, since a tick opens the period it names. A label whose
     * period began off screen is pinned at the left edge, so the period is always named, and it
     * yields to the next one when they would collide.
     */
    private static void labels(Painter p, Theme theme, List<Tick> ticks, FontSpec font, double baseline,
                               double width, boolean pinned, List<String> drawn, List<double[]> extents) {
        p.setFont(font);
        p.setFill(theme.text());
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < ticks.size(); i++) {
            Tick t = ticks.get(i);
            double w = p.textWidth(t.label());
            double x = t.x() + 5;
            if (pinned && x < 5) {
                x = 5;
                if (i + 1 < ticks.size()) {
                    x = Math.min(x, ticks.get(i + 1).x() - LABEL_GAP - w);
                }
            }
            // A label pushed off the left edge would show as a clipped stub; the next one names the period.
            double start = x;
            // Nor over what the row already holds (the talks' days, drawn first where weeks go by their days).
            if (x < lastEnd + LABEL_GAP || x + w > width - 2 || x < 0
                    || extents.stream().anyMatch(r -> start + w + LABEL_GAP > r[0] && start < r[1] + LABEL_GAP)) {
                continue;
            }
            p.fillText(t.label(), x, baseline, TextAnchor.START);
            drawn.add(t.label());
            extents.add(new double[] {x, x + w});
            lastEnd = x + w;
        }
    }

    private static String zoneCaption(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "Times in UTC" : "Venue local time";
    }
}
