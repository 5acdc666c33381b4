package org.parley.seed;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Evidence;
import org.parley.model.Quote;
import org.parley.model.Source;
import org.parley.model.Span;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shipped week holds every fact the two articles report (docs/curation.md, "A coverage audit"): no
 * reporting sentence of either page is without a record a reader reaches from the timeline. Coverage
 * readings have checked this by script and by hand and found it true; the test keeps it true when a
 * passage is trimmed or a record dropped, since a sentence that loses its last record is a fact the
 * model no longer holds, and nothing else would notice.
 */
class CuratedCoverageTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));
    private static Dataset week;

    @BeforeAll
    static void load() throws Exception {
        week = new ExchangeFormatReader().read(SEEDS);
    }

    /**
     * Each sentence of the reporting (headlines, caption, bylines and footer are parts, not reporting) lies
     * at least partly inside an event's passage or a quotation, which always belongs to an event. A position
     * or a divergence alone does not count: neither is on the timeline, and a fact a paper reports as done
     * or said is an event's. Words around a quotation ("Mr. Grushko said.") ride with the quotation.
     */
    @Test
    void everyReportingSentenceIsHeldByAnEventOrAQuotation() {
        List<String> unheld = new ArrayList<>();
        for (Source s : week.sources()) {
            List<Span> held = heldSpans(s.id());
            for (Span sentence : reportingSentences(s)) {
                if (held.stream().noneMatch(h -> h.overlaps(sentence))) {
                    unheld.add(s.id() + ": " + s.excerpt(sentence).strip());
                }
            }
        }
        assertEquals(List.of(), unheld);
    }

    /** The spans of the source's text that the events' passages and the quotations hold. */
    private static List<Span> heldSpans(String source) {
        List<Span> held = new ArrayList<>();
        week.events().forEach(e -> e.evidence().stream().filter(ev -> ev.source().equals(source))
                .map(Evidence::span).forEach(held::add));
        week.quotes().stream().filter(q -> q.source().equals(source)).map(Quote::span).forEach(held::add);
        return held;
    }

    /** The source's sentences as {@link SentenceAround} cuts them, leaving out those in a non-reporting part. */
    private static List<Span> reportingSentences(Source s) {
        List<Span> sentences = new ArrayList<>();
        String text = s.text();
        int at = 0;
        while (at < text.length()) {
            if (Character.isWhitespace(text.charAt(at))) {
                at++;
                continue;
            }
            Span sentence = SentenceAround.spanOf(text, new Span(at, at + 1));
            Span words = trimmed(text, sentence);
            if (words.end() > words.start() && s.partAt(words).isEmpty()) {
                sentences.add(words);
            }
            at = Math.max(sentence.end(), at + 1);
        }
        return sentences;
    }

    private static Span trimmed(String text, Span span) {
        int start = span.start();
        int end = span.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
