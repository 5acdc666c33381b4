package org.parley.render.graph;

import org.junit.jupiter.api.Test;
import org.parley.layout.GraphDrawing;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.render.RandomWorld;
import org.parley.render.Theme;
import org.parley.seed.BundledSeeds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Label declutter of the actor network: the week and random networks, from a small panel up. */
class GraphLabelsTest {

    private static final double ASCENT = 9;
    private static final double TEXT_HEIGHT = 12.3;
    private static final double[][] SIZES = {{250, 180}, {320, 240}, {420, 300}, {900, 700}, {1600, 900}};

    @Test
    void theWeekNamesItsKeyActorsAtEverySize() throws Exception {
        ActorNetwork week = ActorNetwork.of(BundledSeeds.dataset());
        for (double[] size : SIZES) {
            ActorGraphScene scene = ActorGraphScene.layOut(week, size[0], size[1], Theme.LIGHT);
            List<LabelBox> labels = place(scene, Set.of());
            Set<String> named = labels.stream().map(LabelBox::actorId).collect(Collectors.toSet());
            // The re-curated week's busiest actors; every key actor must be named as well.
            for (String key : List.of("sherman", "nato", "russia")) {
                assertTrue(named.contains(key), key + " unnamed at " + size[0] + "×" + size[1] + ": " + named);
            }
            assertTrue(scene.keyActors(GraphLabels.KEY_ACTORS).containsAll(Set.of("sherman", "nato", "russia")),
                    "the biggest nodes are key actors " + scene.keyActors(GraphLabels.KEY_ACTORS));
            assertTrue(named.containsAll(scene.keyActors(GraphLabels.KEY_ACTORS)), "every key actor is named: " + named);
            assertClean(scene, labels);
        }
    }

    @Test
    void randomNetworksNeverStackLabelsAndAlwaysNameTheirKeyActors() {
        for (long seed = 1; seed <= 6; seed++) {
            Dataset world = RandomWorld.of(400 + (int) seed * 150, 30 + (int) seed * 25, 40, seed);
            ActorNetwork network = ActorNetwork.of(world);
            var normalised = ActorGraphScene.normalise(network);
            for (double[] size : SIZES) {
                ActorGraphScene scene = ActorGraphScene.fit(network, normalised, size[0], size[1], Theme.LIGHT);
                List<LabelBox> labels = place(scene, Set.of());
                Set<String> named = labels.stream().map(LabelBox::actorId).collect(Collectors.toSet());
                int keys = size[0] < 300 ? 3 : GraphLabels.KEY_ACTORS;
                for (String key : scene.keyActors(keys)) {
                    assertTrue(named.contains(key), "seed " + seed + ": " + key + " unnamed at " + size[0]);
                }
                assertClean(scene, labels);
            }
        }
    }

    @Test
    void theHoveredMinorActorIsNamedEvenInACrowd() {
        ActorNetwork network = ActorNetwork.of(RandomWorld.of(2000, 200, 40, 9));
        ActorGraphScene scene = ActorGraphScene.layOut(network, 320, 240, Theme.LIGHT);
        String quiet = network.nodes().stream().min(Comparator.comparingInt(ActorNode::events))
                .orElseThrow().id();
        List<LabelBox> placed = place(scene, Set.of());
        assertFalse(placed.stream().anyMatch(l -> l.actorId().equals(quiet)),
                "fixture: a crowded panel drops the quietest actor's label");
        List<LabelBox> hovered = hover(placed, scene.withHovered(quiet));
        assertTrue(hovered.stream().anyMatch(l -> l.actorId().equals(quiet)));
        assertApartAndInside(scene, hovered);
    }

    /**
     * A hover names the hovered actor and moves no other name: every name was placed again on each hover, which took
     * more than a frame among eighty actors, and names jumped about under the pointer.
     */
    @Test
    void aHoverMovesNoOtherName() {
        for (long seed = 1; seed <= 2; seed++) {
            ActorNetwork network = ActorNetwork.of(RandomWorld.of(3000, 80, 40, seed));
            for (double[] size : new double[][] {{320, 240}, {900, 700}, {1600, 900}}) {
                ActorGraphScene scene = ActorGraphScene.layOut(network, size[0], size[1], Theme.LIGHT);
                List<LabelBox> placed = place(scene, Set.of());
                for (String actor : network.nodeIds()) {
                    List<LabelBox> hovered = hover(placed, scene.withHovered(actor));
                    assertTrue(hovered.stream().anyMatch(l -> l.actorId().equals(actor)),
                            actor + " hovered and unnamed at " + size[0] + "×" + size[1]);
                    for (LabelBox box : hovered) {
                        assertTrue(box.actorId().equals(actor) || placed.contains(box), box + " moved by a hover");
                    }
                    assertApartAndInside(scene, hovered);
                }
            }
        }
    }

    @Test
    void theDrawingFillsItsPanelWhateverTheAspect() throws Exception {
        ActorNetwork week = ActorNetwork.of(BundledSeeds.dataset());
        for (double[] size : new double[][] {{1600, 300}, {300, 900}, {800, 800}}) {
            ActorGraphScene scene = ActorGraphScene.layOut(week, size[0], size[1], Theme.LIGHT);
            double usable = size[1] - scene.legendHeight();
            var xs = scene.drawing().nodes().stream().mapToDouble(GraphDrawing.Node::x).summaryStatistics();
            var ys = scene.drawing().nodes().stream().mapToDouble(GraphDrawing.Node::y).summaryStatistics();
            assertTrue(xs.getMax() - xs.getMin() > 0.85 * size[0] - 60, "width used " + xs + " of " + size[0]);
            assertTrue(ys.getMax() - ys.getMin() > 0.85 * usable - 60, "height used " + ys + " of " + usable);
            assertTrue(xs.getMin() >= 0 && xs.getMax() <= size[0] && ys.getMin() >= 0 && ys.getMax() <= usable);
        }
    }

    @Test
    void longNamesAreWrappedRatherThanLaidOverOtherActors() {
        // Official titles as datasets give them: a key actor's name wider than the pane was left out, and one
        // that fitted only across a row of other actors' discs was laid there (the actor network pane, 40 actors).
        String[] titles = {"Ministry of Foreign Affairs of the Russian Federation",
            "Organization for Security and Co-operation in Europe Permanent Council",
            "United States Department of State Bureau of European Affairs"};
        Dataset world = RandomWorld.of(3000, 40, 30, 4);
        List<Actor> renamed = new ArrayList<>();
        for (Actor a : world.actors()) {
            renamed.add(new Actor(a.id(), titles[renamed.size() % titles.length] + " " + a.id(), List.of(),
                    ActorKind.ORGANIZATION, a.group(), "", "", ""));
        }
        Dataset longNames = new Dataset(world.title(), "", List.of(), renamed, world.places(), world.events(),
                List.of(), List.of());
        ActorNetwork network = ActorNetwork.of(longNames);
        for (double[] size : new double[][] {{380, 200}, {420, 300}, {900, 700}}) {
            ActorGraphScene scene = ActorGraphScene.layOut(network, size[0], size[1], Theme.LIGHT);
            List<LabelBox> labels = place(scene, Set.of());
            Set<String> named = labels.stream().map(LabelBox::actorId).collect(Collectors.toSet());
            // Five names on three lines each are taller than a pane 200 px high: there, the three busiest.
            assertTrue(named.containsAll(scene.keyActors(size[1] < 250 ? 3 : GraphLabels.KEY_ACTORS)),
                    "every key actor is named at " + size[0] + "×" + size[1] + ": " + named);
            // Where there is room, no name lies on another actor's disc, however long it is.
            for (LabelBox label : labels) {
                for (GraphDrawing.Node n : scene.drawing().nodes()) {
                    double r = scene.radii().get(n.id());
                    boolean kept = size[0] >= 900;
                    assertFalse(kept && !n.id().equals(label.actorId()) && label.overlaps(n.x() - r, n.y() - r, 2 * r, 2 * r),
                            label.text() + " lies on " + n.id() + " at " + size[0] + "×" + size[1]);
                }
            }
            assertClean(scene, labels);
        }
    }

    private static List<LabelBox> place(ActorGraphScene scene, Set<String> focus) {
        return GraphLabels.place(scene, scene.radii(), focus, t -> t.length() * 6.5, ASCENT, TEXT_HEIGHT);
    }

    private static List<LabelBox> hover(List<LabelBox> placed, ActorGraphScene scene) {
        return GraphLabels.withHovered(placed, scene, scene.radii(), t -> t.length() * 6.5, ASCENT, TEXT_HEIGHT);
    }

    /** Every label inside the panel above the legend, and no two on or against each other. */
    private static void assertApartAndInside(ActorGraphScene scene, List<LabelBox> labels) {
        double apart = TEXT_HEIGHT / 3 - 1e-9;
        for (int i = 0; i < labels.size(); i++) {
            LabelBox a = labels.get(i);
            assertTrue(a.inside(scene.width(), scene.height() - scene.legendHeight()), a + " outside");
            for (int j = i + 1; j < labels.size(); j++) {
                LabelBox b = labels.get(j);
                assertFalse(a.overlaps(b.x() - apart, b.top() - apart, b.width() + 2 * apart, b.height() + 2 * apart),
                        a + " on or against " + b);
            }
        }
    }

    /**
     * No two labels overlap or touch; every label is inside the panel; minor labels keep off every node; and
     * no label without a leader line sits nearer another node than its own, where it would name it.
     */
    private static void assertClean(ActorGraphScene scene, List<LabelBox> labels) {
        Map<String, Double> radii = scene.radii();
        Set<String> must = scene.keyActors(GraphLabels.KEY_ACTORS);
        for (int i = 0; i < labels.size(); i++) {
            LabelBox a = labels.get(i);
            GraphDrawing.Node own = scene.position(a.actorId()).orElseThrow();
            double ownGap = GraphLabels.gap(a.x(), a.top(), a.width(), a.height(), own, radii.get(own.id()));
            for (GraphDrawing.Node n : scene.drawing().nodes()) {
                double gap = GraphLabels.gap(a.x(), a.top(), a.width(), a.height(), n, radii.get(n.id()));
                assertTrue(a.leader() || n == own || gap + GraphLabels.AMBIGUITY_SLACK >= ownGap,
                        a.text() + " is nearer " + n.id() + " than its own node, with no line to it");
            }
            assertTrue(a.inside(scene.width(), scene.height() - scene.legendHeight()), a + " outside");
            // Nor do two labels abut: stacked names read as one ("Sherman" over "Stoltenberg").
            double apart = TEXT_HEIGHT / 3 - 1e-9;
            for (int j = i + 1; j < labels.size(); j++) {
                LabelBox b = labels.get(j);
                assertFalse(a.overlaps(b.x() - apart, b.top() - apart, b.width() + 2 * apart, b.height() + 2 * apart),
                        a + " on or against " + b);
            }
            for (GraphDrawing.Node n : scene.drawing().nodes()) {
                double r = radii.get(n.id());
                if (n.id().equals(a.actorId()) || !must.contains(a.actorId())) {
                    assertFalse(a.overlaps(n.x() - r, n.y() - r, 2 * r, 2 * r), a + " on node " + n.id());
                }
            }
        }
    }
}
