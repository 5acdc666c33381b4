package org.parley.render.graph;

import org.junit.jupiter.api.Test;
import org.parley.layout.GraphDrawing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The network's edge under the pointer, found through a grid filed once per layout. */
class EdgeHitsTest {

    private static GraphDrawing.Edge edge(String a, String b, double x0, double y0, double x1, double y1, double w) {
        return new GraphDrawing.Edge(a, b, x0, y0, x1, y1, w);
    }

    private static EdgeHits of(List<GraphDrawing.Edge> edges) {
        return EdgeHits.of(new GraphDrawing(List.of(), edges));
    }

    @Test
    void aLineIsHitAtItsMiddleAndWithinItsReachButNotBeyond() {
        GraphDrawing.Edge diagonal = edge("a", "b", 10, 10, 410, 310, 2);
        EdgeHits hits = of(List.of(diagonal));
        assertEquals(diagonal, hits.at(210, 160).orElseThrow());
        // 4 px off the line, square to it: within half its width and the slop.
        assertEquals(diagonal, hits.at(210 + 4 * 0.6, 160 - 4 * 0.8).orElseThrow());
        assertTrue(hits.at(210 + 7 * 0.6, 160 - 7 * 0.8).isEmpty(), "7 px off a 2 px line is beside it");
        assertTrue(hits.at(420, 320).isEmpty(), "past its end");
        assertTrue(hits.at(-500, -500).isEmpty());
    }

    @Test
    void aWideLineReachesFurtherThanAThinOne() {
        GraphDrawing.Edge thick = edge("a", "b", 0, 100, 300, 100, 12);
        EdgeHits hits = of(List.of(thick));
        assertEquals(thick, hits.at(150, 109).orElseThrow());
        assertTrue(hits.at(150, 111).isEmpty());
    }

    @Test
    void ofTwoLinesUnderThePointerTheNearerIsHit() {
        GraphDrawing.Edge upper = edge("a", "b", 0, 100, 300, 100, 2);
        GraphDrawing.Edge lower = edge("c", "d", 0, 104, 300, 104, 2);
        EdgeHits hits = of(List.of(upper, lower));
        assertEquals(upper, hits.at(150, 101).orElseThrow());
        assertEquals(lower, hits.at(150, 103.5).orElseThrow());
    }

    /** The selected actor's line, drawn highlighted, wins within its reach though another lies nearer the pointer. */
    @Test
    void theSelectedActorsLineWinsWithinItsReach() {
        GraphDrawing.Edge upper = edge("a", "b", 0, 100, 300, 100, 2);
        GraphDrawing.Edge lower = edge("c", "d", 0, 102, 300, 102, 2);
        EdgeHits hits = of(List.of(upper, lower));
        assertEquals(lower, hits.at(150, 101.6).orElseThrow(), "with nothing selected, the nearer");
        assertEquals(upper, hits.at(150, 101.6, "a").orElseThrow(), "a's line, a pixel and a half away, wins");
        assertEquals(lower, hits.at(150, 101.6, "d").orElseThrow());
        assertEquals(lower, hits.at(150, 101.6, "nobody").orElseThrow(), "no line of the selected: the nearer");
        assertEquals(lower, hits.at(150, 107, "a").orElseThrow(), "out of a's reach, its line does not take the pointer");
    }

    @Test
    void verticalAndZeroLengthLinesAreFiledToo() {
        GraphDrawing.Edge vertical = edge("a", "b", 50, 0, 50, 500, 2);
        GraphDrawing.Edge dot = edge("c", "d", 300, 300, 300, 300, 2);
        EdgeHits hits = of(List.of(vertical, dot));
        assertEquals(vertical, hits.at(52, 250).orElseThrow());
        assertEquals(dot, hits.at(302, 301).orElseThrow());
    }

    /**
     * A full network of 80 actors on a 1920 × 1000 canvas: the grid finds, at any point, what a look
     * at every drawn line finds, while the lines are spread over many cells.
     */
    @Test
    void theGridAgreesWithALookAtEveryLine() {
        Random random = new Random(7);
        int n = 80;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 20 + random.nextDouble() * 1880;
            y[i] = 20 + random.nextDouble() * 960;
        }
        List<GraphDrawing.Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextInt(3) == 0) {
                    edges.add(edge("n" + i, "n" + j, x[i], y[i], x[j], y[j], 1 + random.nextInt(6)));
                }
            }
        }
        EdgeHits hits = of(edges);
        assertTrue(hits.cellCount() > 1000, "filed in " + hits.cellCount() + " cells");
        int found = 0;
        for (int k = 0; k < 20_000; k++) {
            double px = random.nextDouble() * 1920;
            double py = random.nextDouble() * 1000;
            GraphDrawing.Edge expected = null;
            double best = Double.POSITIVE_INFINITY;
            for (GraphDrawing.Edge e : edges) {
                double d = EdgeHits.distance(e, px, py);
                if (d <= e.width() / 2 + EdgeHits.SLOP && d < best) {
                    best = d;
                    expected = e;
                }
            }
            assertEquals(expected, hits.at(px, py).orElse(null), "at " + px + ", " + py);
            found += expected == null ? 0 : 1;
        }
        assertTrue(found > 1000, "the test looked where lines are: " + found);
    }

    /** Past the painter's limit, the lightest lines are not drawn, so they cannot be hit either. */
    @Test
    void aLineThePainterLeavesOutIsNotHit() {
        List<GraphDrawing.Edge> edges = new ArrayList<>();
        for (int i = 0; i < ActorGraphPainter.MAX_EDGES; i++) {
            edges.add(edge("a" + i, "b" + i, 0, 10 + i, 1000, 10 + i, 2));
        }
        GraphDrawing.Edge light = edge("x", "y", 0, 5000, 1000, 5000, 1);
        edges.add(light);
        EdgeHits hits = of(edges);
        assertTrue(hits.at(500, 5000).isEmpty());
        assertEquals("a100", hits.at(500, 110).orElseThrow().a());
    }
}
