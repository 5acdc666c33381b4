package org.parley.ui.positions;

import java.util.stream.Collectors;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Evidence;
import org.parley.model.Position;
import org.parley.model.Source;
import org.parley.model.Stance;
import org.parley.seed.Printable;

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
        return out.toString();
    }

    static String noStance(Dataset dataset, Position position, String actor) {
        return "The papers report no stance of " + actorName(dataset, actor) + " on: " + position.title();
    }
}
