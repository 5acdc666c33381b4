package org.parley.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article as given. {@code file} is the text file's name beside the dataset; {@code text}
 * is its content, unchanged, which every {@link Span} indexes into.
 */
public record Source(String id, String publisher, String title, LocalDate published, String dateline,
                     String language, String file, String text) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        dateline = dateline == null ? "" : dateline;
        language = language == null ? "" : language;
    }

    public String excerpt(Span span) {
        return text.substring(span.start(), span.end());
    }
}
