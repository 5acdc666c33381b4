package org.parley.layout;

import java.time.Instant;

/** One mark on the time axis: where it is, and what it says (empty for minor ticks). */
public record Tick(Instant time, double x, String label) {
}
