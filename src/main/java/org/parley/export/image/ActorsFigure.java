package org.parley.export.image;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.layout.GraphDrawing;
import org.parley.model.CountText;
import org.parley.render.Painter;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;
import org.parley.render.graph.ActorGraphPainter;
import org.parley.render.graph.ActorGraphScene;
import org.parley.render.graph.ActorNetwork;
import org.parley.render.graph.ShortNames;

/**
 * The actor network of the selected events, with its group legend, framed for a still image: laid
 * out on a roomier sheet (so no node is pushed against a border), then stretched to fill the frame
 * inside a margin wide enough for the longest label beside a node at either edge.
 */
record ActorsFigure(ActorGraphScene scene, int actorsInAll) implements ScenePicture {

    /** How much roomier the sheet the forces run on is than the frame. */
    private static final double ROOM = 1.8;
    /** Approximate advance of the 11 px label font, generous so labels fit in any of the fonts used. */
    private static final double LABEL_CHAR_WIDTH = 6.6;
    private static final double NODE_ROOM = 30;
    /** Below this a network says little; the slide keeps it even if a name must sit over a disc. */
    private static final int FEWEST_NAMED = 4;

    /**
     * The network of the selected events, its {@link ActorNetwork#MOST_DRAWN} busiest actors at the most,
     * as the Actors panel draws it: drawn whole, a thousand actors took 20 s to lay out into a tangle with
     * discs pinned along the frame. {@link #leftOutNote()} says how many were left out.
     */
    static ActorsFigure of(Selection sel, double width, double height, Theme theme) {
        ActorNetwork all = ActorNetwork.of(sel.data(), sel.events());
        return of(all.busiest(ActorNetwork.MOST_DRAWN), all.nodes().size(), width, height, theme);
    }

    /** What the credit says when only the busiest actors are drawn; empty when every actor is. */
    String leftOutNote() {
        int drawn = scene.network().nodes().size();
        return actorsInAll <= drawn ? "" : "The " + drawn + " actors in most events, of "
                + CountText.number(actorsInAll) + ": filter to see others";
    }

    /**
     * The busiest actors, at most {@code maxActors} of them and fewer when the frame cannot name them
     * all: on a slide an unnamed disc, or a name over a stranger's disc, tells the class nothing.
     */
    static ActorsFigure named(Selection sel, double width, double height, Theme theme, int maxActors) {
        ActorNetwork all = ActorNetwork.of(sel.data(), sel.events());
        Painter measuring = Java2DPainter.measuring();
        for (int n = Math.min(maxActors, all.nodes().size()); ; n--) {
            ActorsFigure figure = of(all.busiest(n), all.nodes().size(), width, height, theme);
            if (n <= FEWEST_NAMED || ActorGraphPainter.namesEveryNode(measuring, figure.scene())) {
                return figure;
            }
        }
    }

    private static ActorsFigure of(ActorNetwork network, int actorsInAll, double width, double height, Theme theme) {
        ActorGraphScene frame = ActorGraphScene.layOut(network, width, height, theme);
        double legend = frame.legendHeight();
        ActorGraphScene roomy = ActorGraphScene.layOut(network, width * ROOM, (height - legend) * ROOM + legend, theme);
        double label = network.nodes().stream().mapToDouble(n -> ShortNames.of(n.actor()).length()).max().orElse(0)
                * LABEL_CHAR_WIDTH;
        double side = Math.min(width / 4, label + NODE_ROOM);
        GraphDrawing fitted = fit(roomy.drawing(), side, NODE_ROOM, width - side, height - legend - NODE_ROOM)
                .separated(side, NODE_ROOM, width - side, height - legend - NODE_ROOM, ActorGraphScene.NODE_SPACING);
        return new ActorsFigure(ActorGraphScene.of(network, fitted, width, height, theme), actorsInAll);
    }

    /** Stretches the nodes' bounding box onto x0..x1 × y0..y1, edges following their nodes. */
    private static GraphDrawing fit(GraphDrawing d, double x0, double y0, double x1, double y1) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (GraphDrawing.Node n : d.nodes()) {
            minX = Math.min(minX, n.x());
            maxX = Math.max(maxX, n.x());
            minY = Math.min(minY, n.y());
            maxY = Math.max(maxY, n.y());
        }
        double sx = maxX > minX ? (x1 - x0) / (maxX - minX) : 0;
        double sy = maxY > minY ? (y1 - y0) / (maxY - minY) : 0;
        double cx = maxX > minX ? x0 - minX * sx : (x0 + x1) / 2;
        double cy = maxY > minY ? y0 - minY * sy : (y0 + y1) / 2;
        Map<String, double[]> at = new HashMap<>();
        List<GraphDrawing.Node> nodes = d.nodes().stream().map(n -> {
            double x = cx + n.x() * sx;
            double y = cy + n.y() * sy;
            at.put(n.id(), new double[] {x, y});
            return new GraphDrawing.Node(n.id(), x, y, n.radius(), n.degree());
        }).toList();
        List<GraphDrawing.Edge> edges = d.edges().stream().map(e -> new GraphDrawing.Edge(e.a(), e.b(),
                at.get(e.a())[0], at.get(e.a())[1], at.get(e.b())[0], at.get(e.b())[1], e.width())).toList();
        return new GraphDrawing(nodes, edges);
    }

    @Override
    public Theme theme() {
        return scene.theme();
    }

    @Override
    public void paint(Painter painter) {
        new ActorGraphPainter().paint(painter, scene);
    }
}
