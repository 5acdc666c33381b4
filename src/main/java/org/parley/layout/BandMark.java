package org.parley.layout;

import org.parley.model.EventKind;

/**
 * A background event on the context band: a tick when {@code x1 - x0} is tiny, a range otherwise.
 * It carries the event's kind, its colour, so a frame paints thousands of marks without looking
 * up one event.
 */
public record BandMark(String eventId, EventKind kind, double x0, double x1, boolean soft) {

    /** Drawn as a shaded range: a soft date (a month, a year) at least two pixels wide; otherwise a tick. */
    public boolean isRange() {
        return soft && x1 - x0 >= 2;
    }

    /** Where a tick is drawn. */
    public double centre() {
        return (x0 + x1) / 2;
    }

    /** The same mark on a band {@code factor} times as wide. */
    public BandMark scaled(double factor) {
        return new BandMark(eventId, kind, x0 * factor, x1 * factor, soft);
    }
}
