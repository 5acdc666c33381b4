package org.parley.ui.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.parley.export.Credits;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Quote;
import org.parley.model.Source;

/**
 * An event as a researcher cites it: its title, when and where, then each paper's words in the
 * order of the page, credited. The curated passages leave a quotation to its quote record ("said
 * discussions would not be" … "but were worthwhile"); copied apart, the sentence lost the very words
 * that give it its sense. So passages and quotations the page runs together are copied as one.
 */
public final class PapersWords {

    private PapersWords() {
    }

    /** A stretch of one paper: a passage or quotation of the event, or several the page runs together. */
    private record Piece(int start, int end, Set<String> credits, String part, boolean quotation) {
    }

    public static String of(Dataset ds, Event e) {
        List<String> lines = new ArrayList<>();
        lines.add(e.title() + " (" + e.time().label() + ds.place(e.place()).map(p -> ", " + p.name()).orElse("") + ")");
        // Paper by paper, in the dataset's order: interleaved, the Post's and the Times's words were hard to tell apart.
        for (Source s : ds.sources()) {
            String paper = Credits.dated(s);
            for (Piece p : pieces(ds, e, s)) {
                String credit = p.credits().isEmpty() ? "" : " (according to " + String.join(" and ", p.credits()) + ")";
                String part = p.part().isEmpty() ? "" : " [" + p.part() + ", not reporting]";
                lines.add(paper + ": \u201C" + s.text().substring(p.start(), p.end()) + "\u201D" + credit + part);
            }
        }
        return String.join("\n", lines);
    }

    private static List<Piece> pieces(Dataset ds, Event e, Source s) {
        List<Piece> single = new ArrayList<>();
        for (Evidence ev : e.evidence()) {
            if (ev.source().equals(s.id())) {
                Set<String> credit = new LinkedHashSet<>();
                // In the Detail pane's words: "the paper's reporter" read as someone the paper quotes.
                if (ev.attributed()) {
                    credit.add(ds.creditOf(ev));
                }
                String part = ds.partOf(ev).map(p -> p.kind().label()).orElse("");
                single.add(new Piece(ev.span().start(), ev.span().end(), credit, part, false));
            }
        }
        for (Quote q : ds.quotesOf(e.id())) {
            if (q.source().equals(s.id())) {
                Set<String> credit = new LinkedHashSet<>();
                credit.add(ds.actor(q.speaker()).map(a -> a.name()).orElse(q.speaker()));
                single.add(new Piece(q.span().start(), q.span().end(), credit, "", true));
            }
        }
        single.sort(Comparator.comparingInt(Piece::start).thenComparingInt(Piece::end));
        List<Piece> joined = new ArrayList<>();
        Piece previous = null;
        for (Piece p : single) {
            Piece last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && runTogether(s.text(), last, p) && belongTogether(previous, last, p)) {
                Set<String> credits = new LinkedHashSet<>(last.credits());
                credits.addAll(p.credits());
                joined.set(joined.size() - 1, new Piece(last.start(), Math.max(last.end(), p.end()), credits,
                        last.part().isEmpty() ? p.part() : last.part(), last.quotation() || p.quotation()));
            } else {
                joined.add(p);
            }
            previous = p;
        }
        return joined;
    }

    /**
     * Whether a piece joins the run before it on the page ({@code previous} the run's last piece): a
     * quotation and the words around it do, and so do passages credited alike or overlapping; passages
     * credited otherwise stay apart, each with its own credit.
     * Joined, the Post's plain report of the Soviet Union's collapse was copied "according to the
     * paper's own analysis", which the curator gave only to the words before it.
     */
    private static boolean belongTogether(Piece previous, Piece last, Piece p) {
        return previous.quotation() || p.quotation() || previous.credits().equals(p.credits())
                || p.start() < last.end();
    }

    /** Overlapping, or apart by nothing but spaces, quotation marks and punctuation. */
    private static boolean runTogether(String text, Piece a, Piece b) {
        if (b.start() <= a.end()) {
            return true;
        }
        String between = text.substring(a.end(), b.start());
        return between.length() <= 4 && between.codePoints().noneMatch(Character::isLetterOrDigit)
                && between.indexOf('\n') < 0;
    }
}
