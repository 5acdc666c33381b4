package org.parley.layout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Track;

/**
 * The focus+context band under the timeline: every year the dataset covers at a fixed scale
 * (1990–2022 for the bundled week, whose background reaches back to 1990), with the dataset's
 * focus marked and the main view's window drawn as a rectangle that can be dragged.
 */
public final class ContextBand {

    private final ZoneId zone;
    private final int firstYear;
    private final int lastYear;
    private final DateRange focus;
    private final TimeScale scale;

    /**
     * @param zone  the calendar the band's years and the focus are drawn in
     * @param span  the days to cover, widened to whole years
     * @param focus the period to mark, or null
     */
    public ContextBand(double width, ZoneId zone, DateRange span, DateRange focus) {
        this.zone = zone;
        this.firstYear = span.first().getYear();
        this.lastYear = span.last().getYear();
        this.focus = focus;
        Instant from = LocalDate.of(firstYear, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(zone).toInstant();
        double mpp = (to.toEpochMilli() - from.toEpochMilli()) / width;
        // Built directly: the band's scale is fixed by its purpose, not by the main view's zoom limits.
        this.scale = new TimeScale(from.toEpochMilli(), mpp, width);
    }

    /** The band for {@code dataset}: its span and focus; the current year alone when it has no events. */
    public static ContextBand of(Dataset dataset, double width, ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        DateRange span = dataset == null ? null : dataset.span().orElse(null);
        return new ContextBand(width, zone, span != null ? span : new DateRange(today, today),
                dataset == null ? null : dataset.focus().orElse(null));
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public TimeScale scale() {
        return scale;
    }

    /** The focus, from its first moment to the first moment after it, in the band's zone. */
    public Optional<TimeRange> focus() {
        return focus == null ? Optional.empty() : Optional.of(new TimeRange(focus.startIn(zone), focus.endIn(zone)));
    }

    /** Where the focus lies on the band. */
    public Optional<XRange> focusRange() {
        return focus().map(f -> new XRange(scale.xOf(f.start()), scale.xOf(f.end())));
    }

    /**
     * Where the main view's window sits on the band, clipped to it. A window narrower than
     * {@code minWidth} pixels is widened about its centre so it stays visible and grabbable.
     */
    public XRange window(TimeScale main, double minWidth) {
        double x0 = clip(scale.xOfMillis(main.startMillis()));
        double x1 = clip(scale.xOfMillis(main.endMillis()));
        if (x1 - x0 < minWidth) {
            double centre = (x0 + x1) / 2;
            x0 = clip(centre - minWidth / 2);
            x1 = clip(x0 + minWidth);
            x0 = clip(x1 - minWidth);
        }
        return new XRange(x0, x1);
    }

    /** The main view moved so its window's left edge is at band x {@code windowLeft}; zoom unchanged. */
    public TimeScale moveWindowTo(TimeScale main, double windowLeft) {
        return new TimeScale(scale.millisAt(windowLeft), main.millisPerPixel(), main.width());
    }

    /** The main view moved so its window is centred on band x {@code x}, as a click on the band does. */
    public TimeScale centreWindowOn(TimeScale main, double x) {
        double half = main.width() * main.millisPerPixel() / 2;
        return new TimeScale(scale.millisAt(x) - half, main.millisPerPixel(), main.width());
    }

    /**
     * Every background event as a mark on the band, on its own calendar day or coarser, in the
     * order they are drawn (by where they start). Marks that would paint the same pixels in the
     * same colour are kept once, so the count is bounded by the band's pixels, not the data: the
     * 16,000 background events of a large dataset were 16,000 strokes in every frame, nearly all
     * on top of one another. A tick keeps the last of its pixel column, the one drawn on top.
     */
    public List<BandMark> marks(List<Event> events) {
        List<BandMark> all = new ArrayList<>();
        for (Event e : events) {
            if (e.track() != Track.BACKGROUND) {
                continue;
            }
            DrawnSpan span = DrawnSpan.of(e, zone);
            all.add(new BandMark(e.id(), e.kind(), scale.xOfMillis(span.start()), scale.xOfMillis(span.end()),
                    DrawnSpan.isSoft(e.time().precision())));
        }
        all.sort((a, b) -> Double.compare(a.x0(), b.x0()));
        Set<Object> painted = new HashSet<>();
        List<BandMark> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            BandMark m = all.get(i);
            Object pixels = m.isRange()
                    ? new RangePixels(Math.round(m.x0()), Math.round(m.x1()), m.kind())
                    : Long.valueOf(Math.round(m.centre()));
            if (painted.add(pixels)) {
                out.add(m);
            }
        }
        Collections.reverse(out);
        return out;
    }

    private record RangePixels(long x0, long x1, EventKind kind) {
    }

    private double clip(double x) {
        return Math.max(0, Math.min(scale.width(), x));
    }
}
