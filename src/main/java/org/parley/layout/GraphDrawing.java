package org.parley.layout;

import java.util.List;

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
}
