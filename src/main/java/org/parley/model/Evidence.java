package org.parley.model;

import java.util.Objects;

/**
 * Verbatim text from a source that supports an event or a position, with where it stands in that
 * source and whom the paper credits for the claim: an actor id, {@link #REPORTER} for the paper's
 * own analysis, or "" for plain reporting.
 */
public record Evidence(String source, String text, Span span, String attribution) {
    /** The attribution of the paper's own analysis or inference. */
    public static final String REPORTER = "reporter";

    public Evidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        attribution = attribution == null ? "" : attribution;
    }

    /** Plain reporting. */
    public Evidence(String source, String text, Span span) {
        this(source, text, span, "");
    }

    public boolean attributed() {
        return !attribution.isEmpty();
    }
}
