package org.parley.ui.positions;

import java.util.Optional;
import java.util.stream.Collectors;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Evidence;
import org.parley.model.Position;
import org.parley.model.Source;
import org.parley.model.Stance;
import org.parley.seed.Printable;
import org.parley.seed.SentenceAround;

/** The words of the board: a cell's tooltip, with its evidence badged and credited as everywhere else. */
final class StanceText {

    private StanceText() {
    }

    static String actorName(Dataset dataset, String id) {
        return dataset.actor(id).map(Actor::name).orElse(id);
    }

    static String tooltip(Dataset dataset, Position position, Stance stance) {
        String head = actorName(dataset, stance.actor()) + ": " + stance.stance().label() + " — " + position.title();
        if (stance.evidence().isEmpty()) {
            return head + "\n(no passage given)";
        }
        return head + "\n" + stance.evidence().stream().map(ev -> evidence(dataset, ev))
                .collect(Collectors.joining("\n"));
    }

    static String evidence(Dataset dataset, Evidence ev) {
        StringBuilder out = new StringBuilder();
        dataset.partOf(ev).ifPresent(p -> out.append('[').append(p.kind().label()).append(" — not reporting] "));
        out.append(Printable.quoted(ev.text())).append(" — ")
                .append(dataset.source(ev.source()).map(Source::publisher).orElse(ev.source()));
        String credit = dataset.creditOf(ev);
        if (!credit.isEmpty()) {
            out.append(", according to ").append(credit);
        }
        sentence(dataset, ev).ifPresent(s -> out.append("\n   In its sentence: ").append(Printable.quoted(s)));
        return out.toString();
    }

    /**
     * The sentence a passage stands in, when the passage is less than it: a row's words are exactly its
     * own, and many start mid-sentence ("but they rejected outright…"), leaving who said it to the sentence.
     */
    private static Optional<String> sentence(Dataset dataset, Evidence ev) {
        return dataset.source(ev.source()).map(Source::text)
                .filter(text -> ev.span().end() <= text.length())
                .map(text -> SentenceAround.of(text, ev.span()))
                .filter(s -> s.length() > ev.text().strip().length() + 1);
    }

    static String noStance(Dataset dataset, Position position, String actor) {
        return "The papers report no stance of " + actorName(dataset, actor) + " on: " + position.title();
    }
}
