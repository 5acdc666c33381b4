package org.parley.ui.source;

import org.parley.model.EventKind;
import org.parley.model.Span;

/**
 * One highlighted passage of an article: an event's evidence or a quotation, with what the
 * reader needs to colour it, name it in a tooltip and select its event on a click.
 *
 * @param speaker the speaker's display name for a quotation; empty for evidence
 * @param note     what a reader must know of the passage: that it is not reporting (a caption, another
 *                 article's headline, …) and whom the paper credits; empty for plain reporting
 */
public record ArticleMark(String id, String eventId, String eventTitle, EventKind kind, Span span, boolean quote,
                          String speaker, String note) {

    public ArticleMark(String id, String eventId, String eventTitle, EventKind kind, Span span, boolean quote,
                       String speaker) {
        this(id, eventId, eventTitle, kind, span, quote, speaker, "");
    }

    public SpanSegments.Mark asMark() {
        return new SpanSegments.Mark(id, span.start(), span.end());
    }

    /** True for evidence lying in a non-reporting part of its source (its note starts with the badge). */
    public boolean nonReporting() {
        return note.startsWith(ArticleMarks.BADGE_START);
    }

    public String tooltip() {
        String base = quote ? eventTitle + "\nQuote: " + speaker : eventTitle;
        return note.isEmpty() ? base : base + "\n" + note;
    }
}
