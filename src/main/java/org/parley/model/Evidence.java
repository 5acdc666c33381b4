package org.parley.model;

import java.util.Objects;

/** Verbatim text from a source that supports an event, with where it stands in that source. */
public record Evidence(String source, String text, Span span) {
    public Evidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
