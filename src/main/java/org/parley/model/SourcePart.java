package org.parley.model;

import java.util.Objects;

/** A passage of a source that is not its reporting (a headline, a caption, …), with where it stands. */
public record SourcePart(PartKind kind, String text, Span span) {
    public SourcePart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
