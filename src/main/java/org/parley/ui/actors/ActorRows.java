package org.parley.ui.actors;

import org.parley.model.Actor;
import org.parley.model.ActorGroup;
import org.parley.model.ActorOrder;
import org.parley.model.Dataset;
import org.parley.render.graph.ActorNetwork;
import org.parley.render.graph.ActorNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The actor list's content, without any control: every actor of the dataset with its counts over
 * the whole dataset (so the list does not reshuffle while filters change), matching the search,
 * grouped by camp in the groups' order, busiest first within a group.
 */
final class ActorRows {

    private static final Comparator<ActorEntry.Row> BUSIEST_FIRST = Comparator
            .comparingInt(ActorEntry.Row::events).reversed()
            .thenComparing(Comparator.comparingInt(ActorEntry.Row::quotes).reversed())
            // Actors as busy as each other in the order every list of names follows (by surname).
            .thenComparing(ActorEntry.Row::actor, ActorOrder.LOOK_UP);

    private final List<ActorEntry.Row> rows;
    private final Set<String> inNoEvent;

    ActorRows(Dataset dataset) {
        Map<String, ActorNode> involved = new HashMap<>();
        ActorNetwork.nodesOf(dataset).forEach(n -> involved.put(n.id(), n));
        List<ActorEntry.Row> all = new ArrayList<>();
        for (Actor actor : dataset.actors()) {
            ActorNode node = involved.getOrDefault(actor.id(), new ActorNode(actor, 0, 0));
            all.add(new ActorEntry.Row(actor, node.events(), node.quotes()));
        }
        this.rows = List.copyOf(all);
        this.inNoEvent = rows.stream().filter(r -> r.events() == 0).map(r -> r.actor().id())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The ids of the actors in no event ({@code Dataset.involves}), whom a filter would leave nothing. */
    Set<String> inNoEvent() {
        return inNoEvent;
    }

    /** Groups that have a matching actor, each with its matching rows in list order. */
    Map<ActorGroup, List<ActorEntry.Row>> grouped(String query) {
        ActorMatcher matcher = new ActorMatcher(query);
        Map<ActorGroup, List<ActorEntry.Row>> out = new EnumMap<>(ActorGroup.class);
        for (ActorEntry.Row row : rows) {
            if (matcher.matches(row.actor())) {
                out.computeIfAbsent(row.actor().group(), g -> new ArrayList<>()).add(row);
            }
        }
        out.values().forEach(list -> list.sort(BUSIEST_FIRST));
        return out;
    }
}
