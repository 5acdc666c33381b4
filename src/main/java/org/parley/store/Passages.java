package org.parley.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Span;

/**
 * Splits a source text into paragraphs for search: runs of non-blank lines separated by blank
 * lines, each with its span (trimmed) in the text so the reader can highlight where a hit is.
 */
final class Passages {

    private static final Pattern BLANK_LINES = Pattern.compile("\\R[\\h]*\\R(?:[\\h]*\\R)*");

    private Passages() {
    }

    static List<Span> of(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = BLANK_LINES.matcher(text);
        int from = 0;
        while (m.find()) {
            add(text, from, m.start(), spans);
            from = m.end();
        }
        add(text, from, text.length(), spans);
        return spans;
    }

    private static void add(String text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}
