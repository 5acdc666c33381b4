package org.parley.render.timeline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.parley.layout.BandMark;
import org.parley.layout.ContextBand;
import org.parley.layout.TimeScale;
import org.parley.layout.XRange;
import org.parley.model.EventKind;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;

/**
 * The 1990–2022 band under the timeline: years every five, the background events the articles
 * cite (ticks when dated to the day, soft ranges when not), the talks week, and the main view's
 * window as a rectangle. The band starts at the gutter's edge, aligned with the lanes above.
 */
public final class ContextBandPainter {

    /** Height the control gives the band. */
    public static final double HEIGHT = 56;
    /** The window is never drawn narrower than this, so a week-wide view stays visible and grabbable. */
    public static final double MIN_WINDOW_WIDTH = 8;
    private static final FontSpec YEAR_FONT = FontSpec.sans(10);
    private static final FontSpec CAPTION_FONT = FontSpec.sansBold(11);

    private ContextBandPainter() {
    }

    /**
     * The marks in their order, setting a colour only when it changes: a large dataset's band is
     * a couple of thousand marks in every frame, mostly of a few kinds.
     */
    private static void marks(Painter p, Theme theme, List<BandMark> marks) {
        p.setLineWidth(2);
        EventKind fillKind = null;
        EventKind strokeKind = null;
        for (BandMark m : marks) {
            if (m.isRange()) {
                if (m.kind() != fillKind) {
                    fillKind = m.kind();
                    p.setFill(theme.kind(fillKind).withAlpha(0.28));
                }
                p.fillRect(m.x0(), 22, m.x1() - m.x0(), 12);
            } else {
                if (m.kind() != strokeKind) {
                    strokeKind = m.kind();
                    p.setStroke(theme.kind(strokeKind));
                }
                p.strokeLine(m.centre(), 18, m.centre(), 38);
            }
        }
    }

    /** How far beside a tick, two pixels wide, a click still takes its event. */
    static final double TICK_SLOP = 4;
    /** The height, from the band's top, in which a click takes a mark: about the ticks' (18–38), a little more. */
    private static final double MARKS_TOP = 14;
    private static final double MARKS_BOTTOM = 42;

    /**
     * The background event drawn at ({@code x}, {@code y}) of the band, {@code x} from the band's left
     * edge (past the gutter) and {@code y} from its top: the nearest tick within a few pixels, else the
     * narrowest range under the point (a year's bar under a day's tick). Empty for the band's empty
     * parts, where a click moves the window.
     */
    public static Optional<String> markAt(List<BandMark> marks, double x, double y) {
        if (y < MARKS_TOP || y > MARKS_BOTTOM) {
            return Optional.empty();
        }
        BandMark tick = null;
        BandMark range = null;
        for (BandMark m : marks) {
            if (!m.isRange()) {
                double off = Math.abs(m.centre() - x);
                if (off <= TICK_SLOP && (tick == null || off < Math.abs(tick.centre() - x))) {
                    tick = m;
                }
            } else if (x >= m.x0() && x <= m.x1() && (range == null || m.x1() - m.x0() < range.x1() - range.x0())) {
                range = m;
            }
        }
        BandMark hit = tick != null ? tick : range;
        return hit == null ? Optional.empty() : Optional.of(hit.eventId());
    }

    /** Years between labelled year lines: 5 as for 1990–2022, fewer or more as the band's years are spaced. */
    private static int yearsPerLabel(ContextBand band, double labelWidth) {
        double yearWidth = band.scale().width() / (band.lastYear() - band.firstYear() + 1);
        for (int every : new int[] {1, 5, 10, 25, 50, 100, 250, 500}) {
            if (every * yearWidth >= labelWidth && (every >= 5 || yearWidth >= 3 * labelWidth)) {
                return every;
            }
        }
        return 1000;
    }

    /**
     * @param band  laid out for {@code width - GUTTER} pixels
     * @param marks {@link ContextBand#marks} of the dataset, computed once
     */
    public static void paint(Painter p, Theme theme, ContextBand band, ZoneId zone, List<BandMark> marks,
                             TimeScale main, double y, double width) {
        double h = HEIGHT;
        double left = TimelineMetrics.GUTTER;
        TimeScale scale = band.scale();
        p.save();
        p.setFill(theme.panel());
        p.fillRect(0, y, width, h);
        p.setStroke(theme.gridStrong());
        p.setLineWidth(1);
        p.strokeLine(0, y + 0.5, width, y + 0.5);
        p.setFont(CAPTION_FONT);
        p.setFill(theme.mutedText());
        String years = band.firstYear() == band.lastYear() ? Integer.toString(band.firstYear())
                : band.firstYear() + " – " + band.lastYear();
        p.fillText(years, 10, y + h / 2 + 4, TextAnchor.START);

        p.clipRect(left, y, width - left, h);
        p.translate(left, y);
        p.setFont(YEAR_FONT);
        int every = yearsPerLabel(band, p.textWidth("0000") + 12);
        for (int year = band.firstYear(); year <= band.lastYear(); year++) {
            double x = scale.xOf(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
            boolean labelled = year % every == 0;
            p.setStroke(labelled ? theme.gridStrong() : theme.grid());
            p.strokeLine(x, labelled ? 0 : h - 6, x, h);
            if (labelled) {
                p.setFill(theme.mutedText());
                p.fillText(Integer.toString(year), x + 3, 12, TextAnchor.START);
            }
        }
        marks(p, theme, marks);
        Optional<XRange> focus = band.focusRange();
        if (focus.isPresent()) {
            p.setFill(theme.highlight());
            p.fillRect(focus.get().x0() - 1, 16, Math.max(3, focus.get().width()), h - 20);
            p.fillText("focus", focus.get().x0() - 4, h - 6, TextAnchor.END);
        }

        XRange window = band.window(main, MIN_WINDOW_WIDTH);
        p.setFill(theme.selection().withAlpha(0.16));
        p.fillRect(window.x0(), 2, window.width(), h - 4);
        p.setStroke(theme.selection());
        p.setLineWidth(1.5);
        p.strokeRect(window.x0(), 2, window.width(), h - 4);
        p.restore();
    }
}
