package org.parley.layout;

import java.time.Duration;
import java.time.Instant;

/**
 * The mapping between time and x for one viewport: where it starts, how many milliseconds one
 * pixel covers, and how wide it is. An immutable value, so zooming and panning are plain
 * functions a test can call without a toolkit.
 *
 * <p>Time is kept as epoch milliseconds in a double: the scale only ever needs sub-millisecond
 * accuracy at the finest zoom, and a double holds every millisecond of the next few millennia
 * exactly.
 */
public record TimeScale(double startMillis, double millisPerPixel, double width) {

    /** The finest zoom: one second per pixel, so a minute is 60 px wide. */
    public static final double MIN_MILLIS_PER_PIXEL = 1_000;
    /** The coarsest zoom: two years per pixel. */
    public static final double MAX_MILLIS_PER_PIXEL = 2 * 365.25 * 86_400_000d;

    public TimeScale {
        if (!Double.isFinite(startMillis)) {
            throw new IllegalArgumentException("start is not finite: " + startMillis);
        }
        if (!(millisPerPixel > 0) || !Double.isFinite(millisPerPixel)) {
            throw new IllegalArgumentException("millis per pixel must be positive: " + millisPerPixel);
        }
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("width must be positive: " + width);
        }
    }

    public static TimeScale of(Instant start, double millisPerPixel, double width) {
        return new TimeScale(start.toEpochMilli(), clamp(millisPerPixel), width);
    }

    /**
     * The scale that shows {@code [from, to)} across {@code width}, leaving {@code padding} pixels
     * free on each side. A range too short for the finest zoom is centred; one too long for the
     * coarsest starts at {@code from}, so the view opens where the data begins: centred, a week
     * and one event running to 9999 showed the empty years 4950–7000.
     */
    public static TimeScale fit(Instant from, Instant to, double width, double padding) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends (" + to + ") before it starts (" + from + ")");
        }
        double usable = Math.max(1, width - 2 * padding);
        double span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
        double mpp = clamp(span / usable);
        if (span / usable > MAX_MILLIS_PER_PIXEL) {
            return new TimeScale(from.toEpochMilli() - padding * mpp, mpp, width);
        }
        double centre = from.toEpochMilli() + (to.toEpochMilli() - from.toEpochMilli()) / 2.0;
        return new TimeScale(centre - width / 2 * mpp, mpp, width);
    }

    /**
     * As {@link #fit}, but never coarser than needed to hold all of {@code [from, to)}: for a figure
     * of the whole range, which no one can scroll. Clamped to two years a pixel, an export of a
     * dataset running from the year 0 to 9999 had drawn the years 0–2750 and left the rest out
     * without a word.
     */
    public static TimeScale whole(Instant from, Instant to, double width, double padding) {
        TimeScale fit = fit(from, to, width, padding);
        double usable = Math.max(1, width - 2 * padding);
        double mpp = (double) Math.max(1, to.toEpochMilli() - from.toEpochMilli()) / usable;
        if (mpp <= MAX_MILLIS_PER_PIXEL) {
            return fit;
        }
        return new TimeScale(from.toEpochMilli() - padding * mpp, mpp, width);
    }

    public Instant start() {
        return Instant.ofEpochMilli(Math.round(startMillis));
    }

    public Instant end() {
        return Instant.ofEpochMilli(Math.round(endMillis()));
    }

    public double endMillis() {
        return startMillis + width * millisPerPixel;
    }

    public Duration visibleDuration() {
        return Duration.ofMillis(Math.round(width * millisPerPixel));
    }

    public double xOf(Instant t) {
        return xOfMillis(t.toEpochMilli());
    }

    public double xOfMillis(double epochMillis) {
        return (epochMillis - startMillis) / millisPerPixel;
    }

    public Instant timeAt(double x) {
        return Instant.ofEpochMilli(Math.round(millisAt(x)));
    }

    public double millisAt(double x) {
        return startMillis + x * millisPerPixel;
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping the time under {@code x} under {@code x},
     * as a wheel or pinch centred on the pointer should.
     */
    public TimeScale zoomAbout(double x, double factor) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be positive: " + factor);
        }
        double anchor = millisAt(x);
        double mpp = clamp(millisPerPixel / factor);
        return new TimeScale(anchor - x * mpp, mpp, width);
    }

    /** Moves the content by {@code dx} pixels: dragging right ({@code dx > 0}) shows earlier time. */
    public TimeScale panBy(double dx) {
        return new TimeScale(startMillis - dx * millisPerPixel, millisPerPixel, width);
    }

    public TimeScale withStart(Instant start) {
        return new TimeScale(start.toEpochMilli(), millisPerPixel, width);
    }

    /** Same start and zoom in a resized viewport: a wider window shows more, it does not stretch. */
    public TimeScale withWidth(double newWidth) {
        return new TimeScale(startMillis, millisPerPixel, newWidth);
    }

    /**
     * The smallest pan that brings {@code [from, to)} into view with {@code margin} pixels to
     * spare, so keeping a selection visible does not jump when it already is.
     */
    public TimeScale reveal(Instant from, Instant to, double margin) {
        double x0 = xOf(from);
        double x1 = xOf(to);
        if (x1 - x0 > width - 2 * margin || x0 < margin) {
            return panBy(margin - x0);
        }
        if (x1 > width - margin) {
            return panBy(width - margin - x1);
        }
        return this;
    }

    private static double clamp(double mpp) {
        return Math.max(MIN_MILLIS_PER_PIXEL, Math.min(MAX_MILLIS_PER_PIXEL, mpp));
    }
}
