package org.parley.render.graph;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorGroup;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.Evidence;
import org.parley.model.Participant;
import org.parley.model.Precision;
import org.parley.model.Quote;
import org.parley.model.Source;
import org.parley.model.Span;
import org.parley.model.TimeSpan;
import org.parley.model.Track;
import org.parley.seed.BundledSeeds;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorNetworkTest {

    private static Dataset ds;
    private static ActorNetwork all;

    @BeforeAll
    static void read() throws Exception {
        ds = BundledSeeds.dataset();
        all = ActorNetwork.of(ds);
    }

    @Test
    void theBusiestKeepsTheActorsInMostEventsAndOnlyTheLinksAmongThem() {
        ActorNetwork twelve = all.busiest(12);
        assertEquals(12, twelve.nodes().size());
        int least = twelve.nodes().stream().mapToInt(ActorNode::events).min().orElseThrow();
        long busierLeftOut = all.nodes().stream().filter(n -> twelve.node(n.id()).isEmpty())
                .filter(n -> n.events() > least).count();
        assertEquals(0, busierLeftOut, "no actor in more events than the least kept is left out");
        assertTrue(twelve.node("sherman").isPresent(), "Sherman is in the most events");
        for (ActorLink l : twelve.links()) {
            assertTrue(twelve.node(l.a()).isPresent() && twelve.node(l.b()).isPresent(), l.toString());
        }
        assertTrue(twelve.links().size() < all.links().size());
        assertEquals(all, all.busiest(all.nodes().size()), "a network small enough is kept as it is");
    }

    /** The chosen actor is drawn with the busiest however few their events, with their links among them. */
    @Test
    void theChosenActorIsKeptAmongTheBusiest() {
        ActorNode quietest = all.nodes().stream().min(Comparator.comparingInt(ActorNode::events)).orElseThrow();
        assertTrue(all.busiest(12).node(quietest.id()).isEmpty());
        ActorNetwork kept = all.busiest(12, quietest.id());
        assertEquals(13, kept.nodes().size());
        assertTrue(kept.node(quietest.id()).isPresent());
        assertTrue(kept.links().stream().allMatch(l -> kept.node(l.a()).isPresent() && kept.node(l.b()).isPresent()));
        assertEquals(12, all.busiest(12, "nobody").nodes().size(), "an id no actor has keeps no one");
    }

    @Test
    void shermanGrushkoAndStoltenbergMetAtTheCouncil() {
        assertTrue(all.link("sherman", "grushko").isPresent());
        assertTrue(all.link("grushko", "stoltenberg").isPresent());
        assertTrue(all.link("stoltenberg", "sherman").isPresent());
        assertTrue(all.neighbours("grushko").containsAll(List.of("sherman", "stoltenberg", "fomin")));
    }

    @Test
    void theActorsAloneAreTheWholeNetworksNodesWithTheirCounts() {
        List<ActorNode> nodes = ActorNetwork.nodesOf(ds);
        assertEquals(all.nodes(), nodes);
        assertTrue(nodes.stream().anyMatch(n -> n.quotes() > 0 && n.events() > 0), "counts kept");
    }

    @Test
    void oneEventJoinsItsParticipantsWithWeightOne() {
        Event council = ds.event("nrc-meeting").orElseThrow();
        ActorNetwork one = ActorNetwork.of(ds, List.of(council));
        ActorLink link = one.link("sherman", "grushko").orElseThrow();
        assertEquals(1, link.weight());
        assertEquals(1, one.node("grushko").orElseThrow().events());
    }

    @Test
    void weightCountsTheSharedEvents() {
        List<Event> events = List.of(ds.event("nrc-meeting").orElseThrow(),
                ds.event("nrc-leaders-confer").orElseThrow(), ds.event("sherman-briefing").orElseThrow());
        ActorNetwork three = ActorNetwork.of(ds, events);
        assertEquals(2, three.link("sherman", "grushko").orElseThrow().weight());
        assertEquals(3, three.node("sherman").orElseThrow().events());
    }

    @Test
    void theSameEventTwiceCountsOnce() {
        Event council = ds.event("nrc-meeting").orElseThrow();
        assertEquals(1, ActorNetwork.of(ds, List.of(council, council)).link("sherman", "grushko").orElseThrow().weight());
    }

    @Test
    void everyLinkWeightIsTheNumberOfEventsInvolvingBoth() {
        for (ActorLink link : all.links()) {
            long shared = ds.events().stream().filter(e -> involves(e, link.a()) && involves(e, link.b())).count();
            assertEquals(shared, link.weight(), link.toString());
        }
    }

    @Test
    void quotesOfDifferentSpeakersAtOneEventAreAnExchange() {
        List<Quote> atEvent = ds.quotesOf("nrc-allies-open-door");
        assertTrue(atEvent.stream().map(Quote::speaker).distinct().count() >= 2, "fixture: two speakers");
        ActorLink link = all.link("unnamed-officials", "sherman").orElseThrow();
        assertTrue(link.exchanges() >= 1);
    }

    @Test
    void quoteCountsMatchTheDataset() {
        for (ActorNode node : all.nodes()) {
            long quotes = ds.quotes().stream().filter(q -> q.speaker().equals(node.id())).count();
            assertEquals(quotes, node.quotes(), node.id());
        }
        assertEquals(ds.quotes().size(), all.nodes().stream().mapToInt(ActorNode::quotes).sum());
    }

    @Test
    void eventCountsAreTheEventsTheyAreIn() {
        for (ActorNode node : all.nodes()) {
            long events = ds.events().stream().filter(e -> ds.involves(e, node.id())).count();
            assertEquals(events, node.events(), node.id());
        }
    }

    @Test
    void onlyActorsWhoActOrSpeakAreNodes() {
        assertTrue(all.node("sherman").isPresent());
        assertFalse(all.node("olivier-hoslet").isPresent(), "a photographer credit is not an actor in the events");
        assertTrue(all.nodes().stream().allMatch(n -> n.events() > 0 || n.quotes() > 0));
    }

    @Test
    void noEventsNoNetwork() {
        ActorNetwork none = ActorNetwork.of(ds, List.of());
        assertTrue(none.nodes().isEmpty());
        assertTrue(none.links().isEmpty());
    }

    private static boolean involves(Event e, String actor) {
        return e.involves(actor) || ds.quotesOf(e.id()).stream().anyMatch(q -> q.speaker().equals(actor));
    }

    /**
     * A line's count and an actor's are what the filter keeps, one definition for both: with Grushko quoted at
     * a briefing of Stoltenberg's that lists only Stoltenberg, the line says 2 events together and filtering to
     * the two all together kept 1; Grushko's node said 1 event and filtering to him kept 1 of his 2.
     */
    @Test
    void aLinesCountIsWhatFilteringToItsTwoActorsKeeps() {
        ZoneId z = ZoneId.of("Europe/Brussels");
        Event council = small("council", z, "stoltenberg", "grushko");
        Event briefing = small("briefing", z, "stoltenberg");
        Quote grushko = new Quote("q", "x", "grushko", "nyt", "briefing", new Span(0, 1));
        Dataset two = new Dataset("t", "", null, z,
                List.of(new Source("nyt", "The New York Times", "", LocalDate.of(2022, 1, 12), "", "en", "", "x")),
                List.of(actor("stoltenberg"), actor("grushko")), List.of(), List.of(council, briefing),
                List.of(grushko), List.of());
        ActorNetwork net = ActorNetwork.of(two);
        EventFilter shared = EventFilter.NONE.withActors(Set.of("stoltenberg", "grushko"))
                .withActorMatch(EventFilter.ActorMatch.ALL);
        long kept = two.events().stream().filter(shared.in(two)).count();
        assertEquals(2, net.link("stoltenberg", "grushko").orElseThrow().weight());
        assertEquals(net.link("stoltenberg", "grushko").orElseThrow().weight(), kept);
        long his = two.events().stream().filter(EventFilter.NONE.withActors(Set.of("grushko")).in(two)).count();
        assertEquals(2, his);
        assertEquals(his, net.node("grushko").orElseThrow().events());
    }

    private static Event small(String id, ZoneId z, String... actors) {
        return new Event(id, id, "", TimeSpan.parse("2022-01-12", null, Precision.DAY, z), 1, "", List.of(),
                EventKind.MEETING, "040", Track.NATO_RUSSIA_COUNCIL,
                Arrays.stream(actors).map(a -> new Participant(a, "")).toList(),
                List.of(new Evidence("nyt", "x", new Span(0, 1))), false, "");
    }

    private static Actor actor(String id) {
        return new Actor(id, id, List.of(), ActorKind.PERSON, ActorGroup.NATO_AND_ALLIES, "", "", "");
    }
}
