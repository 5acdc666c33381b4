package org.parley.layout;

/** A background event on the context band: a tick when {@code x1 - x0} is tiny, a range otherwise. */
public record BandMark(String eventId, double x0, double x1, boolean soft) {
}
