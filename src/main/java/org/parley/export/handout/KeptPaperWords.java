package org.parley.export.handout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Source;
import org.parley.model.SourceFilter;
import org.parley.model.Span;
import org.parley.seed.SentenceAround;

/**
 * What a step says of an event under a one-paper filter (decision 0131). An event the other paper reports
 * too has a summary curated from both papers' passages, and it tells what each says ("in Geneva on Monday
 * (NYT; the Post: on Sunday and Monday …)") or, without naming it, uses the other's details (the Vienna
 * meeting's "57-member OSCE, including Ukraine" is the Times' alone): a handout of the Post's story gave the
 * Times' claims. Such an event is told in the kept paper's own sentences, the ones its passages stand in,
 * credited to it: "The Washington Post: “On Sunday and Monday, Sherman held bilateral talks …”". An event
 * only the kept paper reports keeps its summary, which was written from that paper alone.
 */
final class KeptPaperWords {

    /** Between two sentences that do not follow one another in the paper: words left out. */
    static final String GAP = " \u2026 ";

    /** A story's dateline, which opens its first sentence ("BRUSSELS — "): where it was filed, not what it says. */
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .,]+ \u2014 ");

    private KeptPaperWords() {
    }

    /** The event's summary as a step under {@code papers} shows it: its curated summary unless told above. */
    static String summary(Dataset dataset, Event event, SourceFilter papers) {
        if (papers.mode() != SourceFilter.Mode.INCLUDES
                || event.evidence().stream().allMatch(ev -> ev.source().equals(papers.sourceId()))) {
            return event.summary();
        }
        Optional<Source> kept = dataset.source(papers.sourceId());
        if (kept.isEmpty()) {
            return event.summary();
        }
        List<Span> passages = event.evidence().stream().filter(ev -> ev.source().equals(papers.sourceId()))
                .map(Evidence::span).toList();
        String sentences = sentences(kept.get().text(), passages, event.summary().length());
        // No passage of the kept paper (an event the filter let through another way): nothing of its own to say.
        return sentences.isEmpty() ? event.summary()
                : kept.get().publisher() + ": \u201C" + nested(sentences) + "\u201D";
    }

    /**
     * The sentences holding these passages, each once, in the paper's order, a gap between two marked "…". They are
     * chosen in the record's order, the curator's (the event's central passage first), while they stay within
     * {@code budget} characters, the length of the summary they replace, which slides and pages are fitted to: a
     * passage of background ("the standoff over Moscow's military buildup") stands in a long sentence about
     * something else. The first is always kept.
     */
    static String sentences(String text, List<Span> passages, int budget) {
        List<Span> chosen = new ArrayList<>();
        int length = 0;
        for (Span passage : passages) {
            if (passage.end() > text.length()) {
                continue;
            }
            Span sentence = SentenceAround.spanOf(text, passage);
            int more = text.substring(sentence.start(), sentence.end()).strip().length() + GAP.length();
            if (chosen.stream().noneMatch(sentence::overlaps) && (chosen.isEmpty() || length + more <= budget)) {
                chosen.add(sentence);
                length += more;
            }
        }
        chosen.sort(Comparator.comparingInt(Span::start));
        StringBuilder out = new StringBuilder();
        int last = -1;
        for (Span s : chosen) {
            if (last >= 0) {
                out.append(text.substring(last, s.start()).isBlank() ? " " : GAP);
            }
            out.append(whole(text.substring(s.start(), s.end()).strip()));
            last = s.end();
        }
        return out.toString().replaceAll("\\s*\n\\s*", " ");
    }

    /**
     * One sentence without its dateline and with its quotation marks in pairs: a sentence that begins inside a
     * quotation (“… mutual security. There are some places we cannot,” Sherman said) gets the opening mark
     * the paper printed before it, one whose quotation runs on past it the closing mark.
     */
    static String whole(String sentence) {
        String s = DATELINE.matcher(sentence).replaceFirst("");
        int open = s.indexOf('\u201C');
        int close = s.indexOf('\u201D');
        if (close >= 0 && (open < 0 || close < open)) {
            s = "\u201C" + s;
        }
        if (s.lastIndexOf('\u201C') > s.lastIndexOf('\u201D')) {
            s = s + "\u201D";
        }
        return s;
    }

    /** Quotation marks within the quoted sentences turned single, as a quotation within a quotation is printed. */
    static String nested(String sentences) {
        return sentences.replace('\u201C', '\u2018').replace('\u201D', '\u2019');
    }
}
