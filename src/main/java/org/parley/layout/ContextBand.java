package org.parley.layout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Event;
import org.parley.model.Track;

/**
 * The focus+context band under the timeline: the whole 1990–2022 background at a fixed scale,
 * with the week of talks marked and the main view's window drawn as a rectangle that can be
 * dragged.
 */
public final class ContextBand {

    public static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2022, 12, 31);
    public static final LocalDate WEEK_FIRST_DAY = LocalDate.of(2022, 1, 9);
    public static final LocalDate WEEK_LAST_DAY = LocalDate.of(2022, 1, 14);

    private final ZoneId zone;
    private final TimeScale scale;

    /** @param zone the calendar the band's years and the week are drawn in */
    public ContextBand(double width, ZoneId zone) {
        this.zone = zone;
        Instant from = FIRST_DAY.atStartOfDay(zone).toInstant();
        Instant to = LAST_DAY.plusDays(1).atStartOfDay(zone).toInstant();
        double mpp = (to.toEpochMilli() - from.toEpochMilli()) / width;
        // Built directly: the band's scale is fixed by its purpose, not by the main view's zoom limits.
        this.scale = new TimeScale(from.toEpochMilli(), mpp, width);
    }

    public TimeScale scale() {
        return scale;
    }

    /** The first moment of the talks week and the first moment after it, in the band's zone. */
    public TimeRange week() {
        return new TimeRange(WEEK_FIRST_DAY.atStartOfDay(zone).toInstant(),
                WEEK_LAST_DAY.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public XRange weekRange() {
        TimeRange w = week();
        return new XRange(scale.xOf(w.start()), scale.xOf(w.end()));
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
     * Every background event as a mark on the band, on its own calendar day or coarser. Computed
     * once per dataset: the band's scale never changes.
     */
    public List<BandMark> marks(List<Event> events) {
        List<BandMark> out = new ArrayList<>();
        for (Event e : events) {
            if (e.track() != Track.BACKGROUND) {
                continue;
            }
            DrawnSpan span = DrawnSpan.of(e, zone);
            out.add(new BandMark(e.id(), scale.xOfMillis(span.start()), scale.xOfMillis(span.end()),
                    DrawnSpan.isSoft(e.time().precision())));
        }
        out.sort((a, b) -> Double.compare(a.x0(), b.x0()));
        return out;
    }

    private double clip(double x) {
        return Math.max(0, Math.min(scale.width(), x));
    }
}
