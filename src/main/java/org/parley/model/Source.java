package org.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * A news article as given. {@code file} is the text file's name beside the dataset; {@code text}
 * is its content, unchanged, which every {@link Span} indexes into. {@code url} is where the
 * article was published as the dataset gives it, "" when it gives none; it is not checked to be
 * an address at all, so whoever opens it decides what may be opened.
 */
public record Source(String id, String publisher, String title, LocalDate published, String dateline,
                     String language, String file, String text, List<SourcePart> parts, String url) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        dateline = dateline == null ? "" : dateline;
        language = language == null ? "" : language;
        parts = List.copyOf(parts == null ? List.of() : parts);
        url = url == null ? "" : url;
    }

    /** A source whose dataset gives no address. */
    public Source(String id, String publisher, String title, LocalDate published, String dateline,
                  String language, String file, String text, List<SourcePart> parts) {
        this(id, publisher, title, published, dateline, language, file, text, parts, "");
    }

    /** A source that is all reporting: no headline, caption or other part marked. */
    public Source(String id, String publisher, String title, LocalDate published, String dateline,
                  String language, String file, String text) {
        this(id, publisher, title, published, dateline, language, file, text, List.of());
    }

    /**
     * The non-reporting part a span falls in, derived from offsets; empty when the span is plain
     * reporting. A span that only touches a part's edge is not in it.
     */
    public Optional<SourcePart> partAt(Span span) {
        for (SourcePart p : parts) {
            if (p.span().overlaps(span)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public String excerpt(Span span) {
        return text.substring(span.start(), span.end());
    }
}
