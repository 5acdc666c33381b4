package org.parley.render.timeline;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.parley.layout.Tick;
import org.parley.layout.Ticks;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;

/**
 * The time axis over the lanes: the period in view ("January 2022") on the upper row, tick labels
 * on the lower one, each label dropped rather than drawn over its neighbour.
 */
final class AxisPainter {

    private static final FontSpec CONTEXT_FONT = FontSpec.sansBold(12);
    private static final FontSpec TICK_FONT = FontSpec.sans(12);
    private static final FontSpec ZONE_FONT = FontSpec.sans(11);
    private static final double LABEL_GAP = 10;

    private AxisPainter() {
    }

    static void paint(Painter p, Theme theme, Ticks ticks, ZoneId zone, double width, double top) {
        double h = TimelineMetrics.AXIS_HEIGHT;
        double left = TimelineMetrics.GUTTER;
        p.save();
        p.setFill(theme.panel());
        p.fillRect(0, top, width, h);
        p.setStroke(theme.gridStrong());
        p.setLineWidth(1);
        p.strokeLine(0, top + h - 0.5, width, top + h - 0.5);
        p.strokeLine(left - 0.5, top, left - 0.5, top + h);

        p.setFont(ZONE_FONT);
        p.setFill(theme.mutedText());
        p.fillText(zoneCaption(zone), 10, top + h - 10, TextAnchor.START);

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
        // Pinned too: when the view lies inside one day its only tick is off screen to the left.
        labels(p, theme, ticks.majorLabels(), TICK_FONT, h - 10, itemsWidth, true);
        labels(p, theme, ticks.context(), CONTEXT_FONT, 17, itemsWidth, true);
        p.restore();
    }

    /**
     * Labels start just right of their tick, since a tick opens the period it names. A label whose
     * period began off screen is pinned at the left edge, so the period is always named, and it
     * yields to the next one when they would collide.
     */
    private static void labels(Painter p, Theme theme, List<Tick> ticks, FontSpec font, double baseline,
                               double width, boolean pinned) {
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
            if (x < lastEnd + LABEL_GAP || x + w > width - 2 || x < 0) {
                continue;
            }
            p.fillText(t.label(), x, baseline, TextAnchor.START);
            lastEnd = x + w;
        }
    }

    private static String zoneCaption(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "Times in UTC" : "Venue local time";
    }
}
