package org.parley.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where an actor network is drawn: nodes in the order given, edges in the order given. */
public record GraphDrawing(List<Node> nodes, List<Edge> edges) {

    /** A node's centre and a radius hint that grows with its degree. */
    public record Node(String id, double x, double y, double radius, int degree) {
    }

    /** A straight edge between two node centres; {@code width} grows with the edge's weight. */
    public record Edge(String a, String b, double x0, double y0, double x1, double y1, double width) {
    }

    public GraphDrawing {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * The same drawing with nodes closer than {@code minDistance} pushed apart inside the box
     * {@code x0..x1 × y0..y1}, edges following their nodes: a layout stretched onto a smaller frame
     * (a dashboard's corner) had brought its circles over one another. A node an edge between two
     * others passes over is moved off it ({@link EdgeClearance}).
     */
    public GraphDrawing separated(double x0, double y0, double x1, double y1, double minDistance) {
        int n = nodes.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = nodes.get(i).x() - x0;
            y[i] = nodes.get(i).y() - y0;
        }
        Separation.apply(x, y, Math.max(1, x1 - x0), Math.max(1, y1 - y0), minDistance, 120);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i).id(), i);
        }
        int[][] ends = edges.stream().map(e -> new int[] {index.get(e.a()), index.get(e.b())}).toArray(int[][]::new);
        EdgeClearance.apply(x, y, ends, Math.max(1, x1 - x0), Math.max(1, y1 - y0), minDistance / 2, minDistance,
                NormalisedGraph.CLEARANCE_PASSES);
        Map<String, Node> moved = new HashMap<>();
        List<Node> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Node old = nodes.get(i);
            Node node = new Node(old.id(), x0 + x[i], y0 + y[i], old.radius(), old.degree());
            moved.put(node.id(), node);
            out.add(node);
        }
        List<Edge> lines = edges.stream().map(e -> new Edge(e.a(), e.b(), moved.get(e.a()).x(), moved.get(e.a()).y(),
                moved.get(e.b()).x(), moved.get(e.b()).y(), e.width())).toList();
        return new GraphDrawing(out, lines);
    }
}
