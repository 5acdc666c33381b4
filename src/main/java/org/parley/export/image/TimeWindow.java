package org.parley.export.image;

import java.time.Instant;
import java.util.Objects;

/** A stretch of time an image is cut to: events outside it are left out and the axis spans just it. */
public record TimeWindow(Instant start, Instant end) {
    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("the range ends (" + end + ") before it starts (" + start + ")");
        }
    }
}
