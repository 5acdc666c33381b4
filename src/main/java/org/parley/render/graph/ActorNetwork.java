package org.parley.render.graph;

import org.parley.layout.GraphEdge;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Participant;
import org.parley.model.Quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Who dealt with whom in a set of events. An actor is involved in an event when listed as a
 * participant or quoted at it ({@link Dataset#involves}, the definition the actor filter shares, so a
 * line's "3 events together" is what filtering to the two all together keeps): a speaker quoted at a
 * press briefing answers the people the briefing is about even when the curators did not list them.
 * An actor's events are the events they are involved in. Two actors are linked once per event
 * they are both involved in, so a pair that also traded quotes there is not counted twice; the
 * link remembers how many of its events were such exchanges.
 */
public final class ActorNetwork {

    /**
     * The most actors a network is drawn with, on screen and in an image: a thousand took 15 s to lay
     * out into a tangle of names run together and discs pinned to the frame. The busiest are drawn.
     */
    public static final int MOST_DRAWN = 80;

    private final List<ActorNode> nodes;
    private final List<ActorLink> links;
    private final Map<String, ActorNode> byId;
    private final int maxEvents;

    private ActorNetwork(List<ActorNode> nodes, List<ActorLink> links) {
        this.nodes = List.copyOf(nodes);
        this.links = List.copyOf(links);
        this.byId = new HashMap<>();
        int max = 0;
        for (ActorNode n : this.nodes) {
            byId.put(n.id(), n);
            max = Math.max(max, n.events());
        }
        this.maxEvents = max;
    }

    /** The network of every event in the dataset. */
    public static ActorNetwork of(Dataset dataset) {
        return of(dataset, dataset.events());
    }

    /**
     * The network of {@code events} (usually the visible ones). Nodes are the actors involved in
     * at least one of them, in dataset order; actor ids the dataset does not know are skipped.
     */
    public static ActorNetwork of(Dataset dataset, Collection<Event> events) {
        return of(dataset, events, true);
    }

    /**
     * Every actor involved in the dataset with its counts, as {@link #of(Dataset)}'s nodes, without
     * counting the pairs: a list of actors needs no links, and pairing 100,000 events' actors is
     * most of the network's cost.
     */
    public static List<ActorNode> nodesOf(Dataset dataset) {
        return of(dataset, dataset.events(), false).nodes();
    }

    private static ActorNetwork of(Dataset dataset, Collection<Event> events, boolean withLinks) {
        Map<String, Integer> eventCounts = new HashMap<>();
        Map<String, Integer> quoteCounts = new HashMap<>();
        Map<String, int[]> pairCounts = new HashMap<>();
        Set<String> eventIds = new HashSet<>();
        Map<String, List<Quote>> quotesByEvent = new HashMap<>();
        for (Quote q : dataset.quotes()) {
            quotesByEvent.computeIfAbsent(q.event(), k -> new ArrayList<>()).add(q);
        }
        for (Event e : events) {
            if (!eventIds.add(e.id())) {
                continue;
            }
            Set<String> participants = new LinkedHashSet<>();
            for (Participant p : e.actors()) {
                if (dataset.actor(p.actor()).isPresent()) {
                    participants.add(p.actor());
                }
            }
            Set<String> speakers = new LinkedHashSet<>();
            for (Quote q : quotesByEvent.getOrDefault(e.id(), List.of())) {
                if (dataset.actor(q.speaker()).isPresent()) {
                    speakers.add(q.speaker());
                    quoteCounts.merge(q.speaker(), 1, Integer::sum);
                }
            }
            Set<String> involved = new LinkedHashSet<>(participants);
            involved.addAll(speakers);
            // Counted as the filter keeps them: filtering to a speaker quoted but not listed shows this event too.
            involved.forEach(id -> eventCounts.merge(id, 1, Integer::sum));
            List<String> ids = withLinks ? new ArrayList<>(involved) : List.of();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    String a = ids.get(i);
                    String b = ids.get(j);
                    String key = a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
                    int[] c = pairCounts.computeIfAbsent(key, k -> new int[2]);
                    c[0]++;
                    if (speakers.contains(a) && speakers.contains(b)) {
                        c[1]++;
                    }
                }
            }
        }
        List<ActorNode> nodes = new ArrayList<>();
        for (Actor actor : dataset.actors()) {
            int ev = eventCounts.getOrDefault(actor.id(), 0);
            int qu = quoteCounts.getOrDefault(actor.id(), 0);
            if (ev > 0 || qu > 0) {
                nodes.add(new ActorNode(actor, ev, qu));
            }
        }
        List<ActorLink> links = new ArrayList<>();
        // Sorted once at the end (not a sorted map all along): the same links in the same order every time.
        new TreeMap<>(pairCounts).forEach((key, c) -> {
            int cut = key.indexOf('\u0000');
            links.add(new ActorLink(key.substring(0, cut), key.substring(cut + 1), c[0], c[1]));
        });
        return new ActorNetwork(nodes, links);
    }

    public List<ActorNode> nodes() {
        return nodes;
    }

    /**
     * The {@code n} actors in the most events (ties kept in dataset order) and the links among them:
     * what a slide has room to name.
     */
    public ActorNetwork busiest(int n) {
        return busiest(n, null);
    }

    /** {@link #busiest(int)}, with {@code keep} among them however few its events (the chosen actor); null keeps none. */
    public ActorNetwork busiest(int n, String keep) {
        if (nodes.size() <= n) {
            return this;
        }
        Set<String> kept = nodes.stream().sorted(Comparator.comparingInt(ActorNode::events).reversed()).limit(n)
                .map(ActorNode::id).collect(Collectors.toCollection(HashSet::new));
        if (keep != null && byId.containsKey(keep)) {
            kept.add(keep);
        }
        return new ActorNetwork(nodes.stream().filter(a -> kept.contains(a.id())).toList(),
                links.stream().filter(l -> kept.contains(l.a()) && kept.contains(l.b())).toList());
    }

    /** The most events any one actor takes part in; sizes nodes without a scan per node. */
    public int maxEvents() {
        return maxEvents;
    }

    public List<ActorLink> links() {
        return links;
    }

    public Optional<ActorNode> node(String actorId) {
        return Optional.ofNullable(actorId == null ? null : byId.get(actorId));
    }

    public Optional<ActorLink> link(String x, String y) {
        return links.stream().filter(l -> l.touches(x) && l.touches(y) && !x.equals(y)).findFirst();
    }

    /** Actors linked to {@code actorId}, in link order. */
    public Set<String> neighbours(String actorId) {
        Set<String> out = new LinkedHashSet<>();
        for (ActorLink l : links) {
            if (l.touches(actorId)) {
                out.add(l.other(actorId));
            }
        }
        return out;
    }

    /** Node ids in order, as the graph layout wants them. */
    public List<String> nodeIds() {
        return nodes.stream().map(ActorNode::id).toList();
    }

    /** Links as weighted layout edges. */
    public List<GraphEdge> edges() {
        return links.stream().map(l -> new GraphEdge(l.a(), l.b(), l.weight())).toList();
    }
}
