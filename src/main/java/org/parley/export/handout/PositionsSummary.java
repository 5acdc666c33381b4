package org.parley.export.handout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Position;
import org.parley.model.SourceFilter;
import org.parley.model.Stance;

/**
 * The positions board in words, for one summary step of a handout or presentation: each position
 * the chosen events leave (one tied to a chosen event, or to none), its kind and proposer, and
 * every reported stance. The same selection rule as the Positions panel and the CSV export.
 */
public final class PositionsSummary {

    /** One position: "Demand · put by Russia", its title, and "Russia: Proposes · NATO allies: Rejects". */
    public record Row(String title, String kindAndBy, String stances) {
    }

    public static final String HEADING = "On the table: positions and stances";

    private PositionsSummary() {
    }

    public static List<Row> of(Dataset dataset, List<Event> deck) {
        return of(dataset, deck, SourceFilter.ANY);
    }

    /** As {@link #of(Dataset, List)}, with only the stances {@code papers} report, and the positions that have one. */
    public static List<Row> of(Dataset dataset, List<Event> deck, SourceFilter papers) {
        Set<String> chosen = deck.stream().map(Event::id).collect(Collectors.toSet());
        List<Row> rows = new ArrayList<>();
        for (Position p : dataset.positions()) {
            if (!p.concernsAny(chosen::contains)) {
                continue;
            }
            List<Stance> reported = p.stancesReported(papers, dataset.sources().size());
            if (reported.isEmpty()) {
                continue;
            }
            String stances = reported.stream()
                    .map(s -> name(dataset, s.actor()) + ": " + s.stance().label())
                    .collect(Collectors.joining(" · "));
            rows.add(new Row(p.title(), p.kind().label() + " · put by " + name(dataset, p.by()), stances));
        }
        return List.copyOf(rows);
    }

    private static String name(Dataset dataset, String actor) {
        return dataset.actor(actor).map(Actor::name).orElse(actor);
    }
}
