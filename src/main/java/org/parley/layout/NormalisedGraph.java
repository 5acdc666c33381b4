package org.parley.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A graph layout in the unit square, computed once per network: fitting it to a panel of any size
 * is a scale and a short separation pass, so a resize never reruns the forces.
 */
public final class NormalisedGraph {

    private static final double MIN_RADIUS = 4;
    private static final double MAX_RADIUS = 14;
    private static final double MIN_EDGE_WIDTH = 1;
    private static final double MAX_EDGE_WIDTH = 6;
    private static final int SEPARATION_PASSES = 60;
    static final int CLEARANCE_PASSES = 6;
    private static final int WARM_PASSES = 2;

    private final List<String> ids;
    private final double[] x;
    private final double[] y;
    private final int[] degree;
    private final int[][] links;
    private final double[] weights;
    private final List<GraphEdge> edges;
    private final double maxWeight;

    NormalisedGraph(List<String> ids, double[] x, double[] y, int[] degree, int[][] links, double[] weights,
                    List<GraphEdge> edges) {
        this.ids = List.copyOf(ids);
        this.x = x;
        this.y = y;
        this.degree = degree;
        this.links = links;
        this.weights = weights;
        this.edges = List.copyOf(edges);
        this.maxWeight = Arrays.stream(weights).max().orElse(1);
    }

    public int size() {
        return ids.size();
    }

    /** Unit-square position of node {@code i}, in input order. */
    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /**
     * The drawing that fills {@code width × height} inside {@code margin}: each axis is scaled on
     * its own so a wide panel gets a wide drawing, then nodes closer than {@code minDistance} are
     * pushed apart where the box has room.
     */
    public GraphDrawing fit(double width, double height, double margin, double minDistance) {
        return fit(width, height, margin, minDistance, null, 0, 0);
    }

    /**
     * As {@link #fit(double, double, double, double)}, starting from where {@code previous} (an
     * earlier fit of this graph to {@code previousWidth × previousHeight}, same margin) put each
     * node rather than from the forces' layout. In a crowded panel the separation cannot settle,
     * and started afresh it landed a panel one pixel taller on another arrangement: a click that
     * moved the focus (and a border by a pixel) sent the clicked node from under the pointer.
     * Started from the last drawing, a resize moves the nodes by about as much as the panel changed.
     */
    public GraphDrawing fit(double width, double height, double margin, double minDistance,
                            GraphDrawing previous, double previousWidth, double previousHeight) {
        int n = ids.size();
        double w = Math.max(1, width - 2 * margin);
        double h = Math.max(1, height - 2 * margin);
        double[] px = new double[n];
        double[] py = new double[n];
        boolean warm = previous != null && isOf(previous);
        double pw = Math.max(1, previousWidth - 2 * margin);
        double ph = Math.max(1, previousHeight - 2 * margin);
        for (int i = 0; i < n; i++) {
            if (warm) {
                px[i] = Separation.clamp((previous.nodes().get(i).x() - margin) / pw, 0, 1) * w;
                py[i] = Separation.clamp((previous.nodes().get(i).y() - margin) / ph, 0, 1) * h;
            } else {
                px[i] = n == 1 ? w / 2 : x[i] * w;
                py[i] = n == 1 ? h / 2 : y[i] * h;
            }
        }
        if (warm) {
            // Where the panel has room the last drawing is settled already; where it has none, more
            // passes only push the nodes round the box. Two part what a shrink brought together.
            Separation.apply(px, py, w, h, minDistance, WARM_PASSES);
        } else {
            // A resize must stay a frame's work: a big network gets a few passes, a small one enough to settle.
            Separation.apply(px, py, w, h, minDistance, n > 300 ? 8 : SEPARATION_PASSES);
            EdgeClearance.apply(px, py, links, w, h, minDistance / 2, minDistance, CLEARANCE_PASSES);
        }

        int maxDegree = Arrays.stream(degree).max().orElse(0);
        List<GraphDrawing.Node> outNodes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double share = maxDegree == 0 ? 0 : Math.sqrt((double) degree[i] / maxDegree);
            outNodes.add(new GraphDrawing.Node(ids.get(i), margin + px[i], margin + py[i],
                    MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share, degree[i]));
        }
        List<GraphDrawing.Edge> outEdges = new ArrayList<>(links.length);
        for (int k = 0; k < links.length; k++) {
            int a = links[k][0];
            int b = links[k][1];
            double share = weights[k] / maxWeight;
            outEdges.add(new GraphDrawing.Edge(edges.get(k).a(), edges.get(k).b(), margin + px[a], margin + py[a],
                    margin + px[b], margin + py[b], MIN_EDGE_WIDTH + (MAX_EDGE_WIDTH - MIN_EDGE_WIDTH) * share));
        }
        return new GraphDrawing(outNodes, outEdges);
    }

    /** Whether {@code d} draws this graph's nodes, in its order. */
    private boolean isOf(GraphDrawing d) {
        if (d.nodes().size() != ids.size()) {
            return false;
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!d.nodes().get(i).id().equals(ids.get(i))) {
                return false;
            }
        }
        return true;
    }
}
