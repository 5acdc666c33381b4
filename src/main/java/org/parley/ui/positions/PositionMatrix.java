package org.parley.ui.positions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Position;
import org.parley.model.SourceFilter;
import org.parley.model.Stance;

/**
 * The positions board as rows and columns: the positions the filters leave, and every party with
 * a stance on one of them, proposers first. Plain data, so the panel only draws it.
 *
 * <p>A position is shown when one of the events it came up at is visible, or when it is tied to no
 * event at all (the papers state it without placing it), which no event filter can then hide.
 *
 * <p>Under a papers filter a stance is shown only when its own passages meet it, and a position
 * only with such a stance: a paper reporting the meeting does not report every party's stance
 * taken there. Filtered to the Times, the board had said "NATO allies: rejects" on a demand
 * only the Post reported, and rejected.
 */
record PositionMatrix(List<Position> rows, List<String> columns, Predicate<List<Evidence>> reported) {

    static final PositionMatrix EMPTY = new PositionMatrix(List.of(), List.of(), passages -> true);

    static PositionMatrix of(Dataset dataset, Predicate<String> visibleEvents) {
        return of(dataset, visibleEvents, SourceFilter.ANY);
    }

    static PositionMatrix of(Dataset dataset, Predicate<String> visibleEvents, SourceFilter papers) {
        if (dataset == null) {
            return EMPTY;
        }
        int sourceCount = dataset.sources().size();
        Predicate<List<Evidence>> reported = passages -> papers.test(passages, sourceCount);
        List<Position> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (Position p : dataset.positions()) {
            if (!p.concernsAny(visibleEvents)) {
                continue;
            }
            List<String> parties = p.stancesReported(papers, sourceCount).stream().map(Stance::actor).toList();
            if (!parties.isEmpty()) {
                rows.add(p);
                columns.addAll(parties);
            }
        }
        // Proposers first, as the board has always read: who puts a position, then who answers it.
        Set<String> ordered = new LinkedHashSet<>();
        rows.stream().map(Position::by).filter(columns::contains).forEach(ordered::add);
        ordered.addAll(columns);
        return new PositionMatrix(List.copyOf(rows), List.copyOf(ordered), reported);
    }

    /** The stance in a cell, the proposer's own included; empty where the papers (as filtered) report none. */
    Optional<Stance> cell(Position row, String column) {
        return stance(row, column, reported);
    }

    private static Optional<Stance> stance(Position row, String column, Predicate<List<Evidence>> reported) {
        return row.effectiveStance(column).filter(s -> reported.test(s.evidence()));
    }

    /**
     * The event a click on a cell selects, among the position's events still visible: the one that
     * cites a passage of the cell's own stance, else one the cell's party takes part in, else the
     * first. "NATO allies: rejects" on Russia's demand selected Grushko's opening, not NATO's rejection.
     */
    static Optional<String> eventToSelect(Position p, Optional<Stance> stance, Function<String, Optional<Event>> events,
                                          Predicate<String> visibleEvents) {
        List<Event> shown = p.events().stream().filter(visibleEvents).map(events).flatMap(Optional::stream).toList();
        if (stance.isPresent()) {
            for (Event e : shown) {
                if (citesAny(e, stance.get().evidence())) {
                    return Optional.of(e.id());
                }
            }
            for (Event e : shown) {
                if (e.actors().stream().anyMatch(a -> a.actor().equals(stance.get().actor()))) {
                    return Optional.of(e.id());
                }
            }
        }
        return shown.stream().map(Event::id).findFirst();
    }

    /**
     * The passage of a stance the reader turns to: its first that the papers filter would show on its
     * own, else its first. Filtered to the Times, Russia's "no commitment" to further meetings turned
     * the reader to the Post's words, quoted first, though the board then spoke for the Times alone.
     */
    Optional<Evidence> passageToRead(Stance stance, Predicate<String> knownSource) {
        List<Evidence> readable = stance.evidence().stream().filter(e -> knownSource.test(e.source())).toList();
        return readable.stream().filter(e -> reported.test(List.of(e))).findFirst().or(() -> readable.stream().findFirst());
    }

    private static boolean citesAny(Event e, List<Evidence> passages) {
        for (Evidence mine : e.evidence()) {
            for (Evidence theirs : passages) {
                if (mine.source().equals(theirs.source())
                        && (mine.text().contains(theirs.text()) || theirs.text().contains(mine.text()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
