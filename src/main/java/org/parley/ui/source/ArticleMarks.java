package org.parley.ui.source;

import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Quote;

import java.util.ArrayList;
import java.util.List;

/** Collects the evidence and quotation spans that fall in one source of a dataset. */
public final class ArticleMarks {

    private ArticleMarks() {
    }

    static final String BADGE_START = "[";

    /** "[Photo caption — not reporting]" and/or "according to …", or "" for plain reporting. */
    static String note(Dataset dataset, Evidence ev) {
        List<String> parts = new ArrayList<>();
        dataset.partOf(ev).ifPresent(p -> parts.add(BADGE_START + p.kind().label() + " — not reporting]"));
        String credit = dataset.creditOf(ev);
        if (!credit.isEmpty()) {
            parts.add("according to " + credit);
        }
        return String.join(" · ", parts);
    }

    public static List<ArticleMark> of(Dataset dataset, String sourceId) {
        List<ArticleMark> marks = new ArrayList<>();
        for (Event e : dataset.events()) {
            for (int i = 0; i < e.evidence().size(); i++) {
                Evidence ev = e.evidence().get(i);
                if (ev.source().equals(sourceId)) {
                    marks.add(new ArticleMark("evidence:" + e.id() + ":" + i, e.id(), e.title(), e.kind(),
                            ev.span(), false, "", note(dataset, ev)));
                }
            }
        }
        for (Quote q : dataset.quotes()) {
            if (!q.source().equals(sourceId)) {
                continue;
            }
            dataset.event(q.event()).ifPresent(e -> marks.add(new ArticleMark("quote:" + q.id(), e.id(), e.title(),
                    e.kind(), q.span(), true, dataset.actor(q.speaker()).map(Actor::name).orElse(q.speaker()))));
        }
        return marks;
    }
}
