package org.parley.model;

import java.util.Objects;

/** A direct quotation, verbatim from {@code source}, said by {@code speaker} at {@code event}. */
public record Quote(String id, String text, String speaker, String source, String event, Span span) {
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(span, "span");
    }
}
