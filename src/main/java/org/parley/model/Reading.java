package org.parley.model;

import java.util.Objects;

/** One paper's own wording of a fact the two papers report differently. */
public record Reading(String source, String text, Span span) {
    public Reading {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
