package org.parley.render.graph;

import org.parley.layout.GraphDrawing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Greedy label placement for the actor graph: the labels that matter most (selected actor, its
 * neighbours, the hovered one, then the busiest actors) take the first free spot beside their node
 * — right, left, above, below — and a label with no free spot is skipped rather than drawn over
 * another label or node.
 */
final class GraphLabels {

    // Wide enough to clear the selection ring, which the label backing would otherwise cover.
    private static final double GAP = 8;

    private GraphLabels() {
    }

    /**
     * @param measure   text width in the label font
     * @param textHeight ascent plus descent of the label font
     * @param ascent    ascent of the label font
     */
    static List<LabelBox> place(ActorGraphScene scene, Map<String, Double> radii, Set<String> focus,
                                ToDoubleFunction<String> measure, double ascent, double textHeight) {
        List<GraphDrawing.Node> order = new ArrayList<>(scene.drawing().nodes());
        order.sort(Comparator.comparingInt((GraphDrawing.Node n) -> rank(scene, focus, n.id()))
                .thenComparing(Comparator.comparingInt(
                        (GraphDrawing.Node n) -> scene.network().node(n.id()).map(ActorNode::events).orElse(0))
                        .reversed())
                .thenComparing(GraphDrawing.Node::id));
        double usableHeight = scene.height() - scene.legendHeight();
        List<LabelBox> placed = new ArrayList<>();
        for (GraphDrawing.Node n : order) {
            String text = scene.network().node(n.id()).map(a -> ShortNames.of(a.actor())).orElse(n.id());
            double w = measure.applyAsDouble(text);
            double r = radii.get(n.id());
            for (LabelBox candidate : candidates(n, r, text, w, ascent, textHeight)) {
                if (candidate.inside(scene.width(), usableHeight) && free(candidate, placed, scene, radii)) {
                    placed.add(candidate);
                    break;
                }
            }
        }
        return placed;
    }

    private static int rank(ActorGraphScene scene, Set<String> focus, String id) {
        if (id.equals(scene.selected())) {
            return 0;
        }
        if (id.equals(scene.hovered())) {
            return 1;
        }
        return focus.contains(id) ? 2 : 3;
    }

    private static List<LabelBox> candidates(GraphDrawing.Node n, double r, String text, double w,
                                             double ascent, double h) {
        double middleBaseline = n.y() + ascent / 2;
        double middleTop = middleBaseline - ascent;
        return List.of(
                new LabelBox(n.id(), text, n.x() + r + GAP, middleBaseline, middleTop, w, h),
                new LabelBox(n.id(), text, n.x() - r - GAP - w, middleBaseline, middleTop, w, h),
                new LabelBox(n.id(), text, n.x() - w / 2, n.y() - r - GAP - (h - ascent), n.y() - r - GAP - h, w, h),
                new LabelBox(n.id(), text, n.x() - w / 2, n.y() + r + GAP + ascent, n.y() + r + GAP, w, h));
    }

    private static boolean free(LabelBox box, List<LabelBox> placed, ActorGraphScene scene, Map<String, Double> radii) {
        for (LabelBox other : placed) {
            if (box.overlaps(other)) {
                return false;
            }
        }
        for (GraphDrawing.Node n : scene.drawing().nodes()) {
            double r = radii.get(n.id());
            if (box.overlaps(n.x() - r, n.y() - r, 2 * r, 2 * r)) {
                return false;
            }
        }
        return true;
    }
}
