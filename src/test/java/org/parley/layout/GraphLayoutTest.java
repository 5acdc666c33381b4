package org.parley.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphLayoutTest {

    private static final double W = 800;
    private static final double H = 600;
    private static final double MARGIN = 30;

    private final GraphLayout layout = new GraphLayout();

    private static List<String> nodes(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("n" + i);
        }
        return out;
    }

    private static List<GraphEdge> randomEdges(Random r, int n, int count) {
        List<GraphEdge> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int a = r.nextInt(n);
            int b = r.nextInt(n);
            if (a != b) {
                out.add(new GraphEdge("n" + a, "n" + b, 1 + r.nextInt(10)));
            }
        }
        return out;
    }

    @Test
    void nodesStayInTheBoxAndApart() {
        Random r = new Random(5);
        for (int round = 0; round < 20; round++) {
            int n = 1 + r.nextInt(25);
            GraphDrawing d = layout.layout(nodes(n), randomEdges(r, n, r.nextInt(3 * n)), W, H, MARGIN);
            assertEquals(n, d.nodes().size());
            for (GraphDrawing.Node a : d.nodes()) {
                assertTrue(a.x() >= MARGIN && a.x() <= W - MARGIN && a.y() >= MARGIN && a.y() <= H - MARGIN, a.toString());
                for (GraphDrawing.Node b : d.nodes()) {
                    if (a != b) {
                        assertTrue(Math.hypot(a.x() - b.x(), a.y() - b.y()) >= 24 - 1e-6, a + " near " + b);
                    }
                }
            }
        }
    }

    @Test
    void sameInputSameDrawing() {
        List<GraphEdge> edges = randomEdges(new Random(8), 30, 60);
        assertEquals(layout.layout(nodes(30), edges, W, H, MARGIN), layout.layout(nodes(30), edges, W, H, MARGIN));
        assertEquals(layout.layout(nodes(30), edges, W, H, MARGIN), new GraphLayout().layout(nodes(30), edges, W, H, MARGIN));
    }

    @Test
    void connectedNodesAreOnAverageCloserThanUnconnectedOnes() {
        // Two tight groups joined by one edge.
        List<GraphEdge> edges = new ArrayList<>();
        for (int g = 0; g < 2; g++) {
            for (int i = 0; i < 6; i++) {
                for (int j = i + 1; j < 6; j++) {
                    edges.add(new GraphEdge("n" + (g * 6 + i), "n" + (g * 6 + j), 3));
                }
            }
        }
        edges.add(new GraphEdge("n0", "n6", 1));
        GraphDrawing d = layout.layout(nodes(12), edges, W, H, MARGIN);
        Map<String, GraphDrawing.Node> at = new HashMap<>();
        d.nodes().forEach(n -> at.put(n.id(), n));
        Set<String> linked = new HashSet<>();
        double connected = 0;
        for (GraphEdge e : edges) {
            linked.add(e.a() + "|" + e.b());
            linked.add(e.b() + "|" + e.a());
            connected += distance(at.get(e.a()), at.get(e.b()));
        }
        connected /= edges.size();
        double unconnected = 0;
        int count = 0;
        for (GraphDrawing.Node a : d.nodes()) {
            for (GraphDrawing.Node b : d.nodes()) {
                if (a != b && !linked.contains(a.id() + "|" + b.id())) {
                    unconnected += distance(a, b);
                    count++;
                }
            }
        }
        unconnected /= count;
        assertTrue(connected < unconnected * 0.7, connected + " vs " + unconnected);
    }

    @Test
    void radiusGrowsWithDegreeAndWidthWithWeight() {
        List<GraphEdge> edges = List.of(new GraphEdge("hub", "a", 1), new GraphEdge("hub", "b", 4),
                new GraphEdge("hub", "c", 2));
        GraphDrawing d = layout.layout(List.of("hub", "a", "b", "c", "loner"), edges, W, H, MARGIN);
        Map<String, GraphDrawing.Node> at = new HashMap<>();
        d.nodes().forEach(n -> at.put(n.id(), n));
        assertTrue(at.get("hub").radius() > at.get("a").radius());
        assertTrue(at.get("a").radius() > at.get("loner").radius());
        assertEquals(3, at.get("hub").degree());
        GraphDrawing.Edge heavy = d.edges().get(1);
        GraphDrawing.Edge light = d.edges().get(0);
        assertTrue(heavy.width() > light.width());
        assertEquals(at.get("hub").x(), heavy.x0(), 1e-9);
        assertEquals(at.get("b").y(), heavy.y1(), 1e-9);
    }

    @Test
    void emptyAndSingleNodeGraphs() {
        assertTrue(layout.layout(List.of(), List.of(), W, H, MARGIN).nodes().isEmpty());
        GraphDrawing one = layout.layout(List.of("solo"), List.of(), W, H, MARGIN);
        assertEquals(1, one.nodes().size());
        assertTrue(one.nodes().get(0).x() >= MARGIN && one.nodes().get(0).x() <= W - MARGIN);
    }

    @Test
    void aThousandActorsLayOutDeterministicallyInsideTheBox() {
        List<GraphEdge> edges = randomEdges(new Random(11), 1000, 6000);
        NormalisedGraph once = layout.normalise(nodes(1000), edges);
        NormalisedGraph again = new GraphLayout().normalise(nodes(1000), edges);
        for (int i = 0; i < 1000; i++) {
            assertEquals(once.x(i), again.x(i));
            assertEquals(once.y(i), again.y(i));
            assertTrue(once.x(i) >= 0 && once.x(i) <= 1 && once.y(i) >= 0 && once.y(i) <= 1);
        }
        GraphDrawing d = once.fit(1600, 900, MARGIN, 10);
        double minX = d.nodes().stream().mapToDouble(GraphDrawing.Node::x).min().orElseThrow();
        double maxX = d.nodes().stream().mapToDouble(GraphDrawing.Node::x).max().orElseThrow();
        assertEquals(MARGIN, minX, 1e-6, "the drawing reaches the left margin");
        assertEquals(1600 - MARGIN, maxX, 1e-6, "and the right one");
    }

    @Test
    void fittingTheCachedLayoutToAnotherSizeKeepsItsShape() {
        List<GraphEdge> edges = randomEdges(new Random(3), 20, 30);
        NormalisedGraph cached = layout.normalise(nodes(20), edges);
        GraphDrawing wide = cached.fit(1600, 400, 0, 0);
        GraphDrawing tall = cached.fit(400, 1600, 0, 0);
        for (int i = 0; i < 20; i++) {
            assertEquals(wide.nodes().get(i).x() / 1600, tall.nodes().get(i).x() / 400, 1e-9);
            assertEquals(wide.nodes().get(i).y() / 400, tall.nodes().get(i).y() / 1600, 1e-9);
        }
    }

    /** A crowded panel one pixel taller (a focus border) moves each node about a pixel, not to a new arrangement. */
    @Test
    void refittingFromTheLastDrawingMovesNodesByAboutTheResize() {
        List<GraphEdge> edges = randomEdges(new Random(5), 40, 120);
        NormalisedGraph cached = layout.normalise(nodes(40), edges);
        GraphDrawing first = cached.fit(390, 190, 12, 40);
        GraphDrawing taller = cached.fit(390, 191, 12, 40, first, 390, 190);
        GraphDrawing afresh = cached.fit(390, 191, 12, 40);
        double warmMost = 0;
        double coldMost = 0;
        for (int i = 0; i < 40; i++) {
            warmMost = Math.max(warmMost, distance(first.nodes().get(i), taller.nodes().get(i)));
            coldMost = Math.max(coldMost, distance(first.nodes().get(i), afresh.nodes().get(i)));
        }
        assertTrue(warmMost < 3, "from the last drawing the nodes moved at most " + warmMost + " px");
        assertTrue(coldMost > warmMost, "started afresh some node moved " + coldMost + " px");
    }

    private static double distance(GraphDrawing.Node a, GraphDrawing.Node b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
