package org.parley.layout;

import java.time.Instant;
import java.util.Objects;

/** A half-open stretch of time {@code [start, end)}. */
public record TimeRange(Instant start, Instant end) {
    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("range ends (" + end + ") before it starts (" + start + ")");
        }
    }
}
