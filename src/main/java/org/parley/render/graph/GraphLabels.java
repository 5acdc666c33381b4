package org.parley.render.graph;

import org.parley.layout.GraphDrawing;
import org.parley.render.label.Candidates;
import org.parley.render.label.OccupiedSpace;
import org.parley.render.label.Rect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Greedy label placement for the actor graph. Labels are offered in order of importance — the
 * selected actor, the hovered one, the key actors (the busiest few), the selection's neighbours,
 * then everyone else by event count — and each takes the first free spot of sixteen around its
 * node. A label never covers another label. Minor labels also keep off every node and are dropped
 * when no spot is free, or when every free spot is nearer another node than their own (hovering
 * shows them): "Biden administration" under the United States' disc named the wrong actor. The
 * labels that must show may cover a minor node rather than vanish, which is what left Sherman,
 * NATO and the United States unnamed in the middle of the crowd; such a label, off its own node's
 * side, gets a leader line to it, and covers as few discs as it can. A long name that finds no spot on
 * one line is tried on two and three ({@link LabelLines}). Labels keep a third of a line apart.
 */
final class GraphLabels {

    /** How many of the busiest actors are always named. */
    static final int KEY_ACTORS = 5;
    // Wide enough to clear the selection ring, which the label backing would otherwise cover.
    private static final double GAP = 8;
    /** How many rings of spots around its disc a label that must show may try, the further ones with a leader. */
    private static final int MUST_RINGS = 6;
    /** How many minor discs covering one key actor's disc is worth avoiding. */
    private static final int KEY_COVER_WEIGHT = 100;
    /** How much nearer another disc than its own a label may sit before it reads as the other's. */
    static final double AMBIGUITY_SLACK = 3;

    private GraphLabels() {
    }

    /**
     * @param measure    text width in the label font
     * @param textHeight ascent plus descent of the label font
     * @param ascent     ascent of the label font
     */
    static List<LabelBox> place(ActorGraphScene scene, Map<String, Double> radii, Set<String> focus,
                                ToDoubleFunction<String> measure, double ascent, double textHeight) {
        Set<String> key = scene.keyActors(KEY_ACTORS);
        List<GraphDrawing.Node> order = new ArrayList<>(scene.drawing().nodes());
        order.sort(Comparator.comparingInt((GraphDrawing.Node n) -> rank(scene, key, focus, n.id()))
                .thenComparing(Comparator.comparingInt(
                        (GraphDrawing.Node n) -> scene.network().node(n.id()).map(ActorNode::events).orElse(0))
                        .reversed())
                .thenComparing(GraphDrawing.Node::id));
        double usableHeight = scene.height() - scene.legendHeight();
        OccupiedSpace everything = new OccupiedSpace(scene.width(), usableHeight);
        OccupiedSpace labels = new OccupiedSpace(scene.width(), usableHeight);
        for (GraphDrawing.Node n : scene.drawing().nodes()) {
            everything.take(Rect.around(n.x(), n.y(), radii.get(n.id())));
        }
        List<LabelBox> placed = new ArrayList<>();
        for (GraphDrawing.Node n : order) {
            String text = scene.network().node(n.id()).map(a -> ShortNames.of(a.actor())).orElse(n.id());
            double r = radii.get(n.id());
            boolean must = rank(scene, key, focus, n.id()) <= 2;
            Spot chosen = null;
            // One line first; a long name then on two or three lines, which fit where one line does not
            // ("Ministry of Foreign Affairs of the Russian Federation" was wider than the pane).
            for (List<String> lines : LabelLines.forms(text, measure)) {
                double w = LabelLines.width(lines, measure);
                double h = lines.size() * textHeight;
                List<Rect> spots = Candidates.around(n.x(), n.y(), r, GAP, w, h, must ? 4 : 2);
                // A spot nearer another disc than its own reads as that actor's name. A minor label is
                // dropped rather than put there (hovering names the node); one that must show is tied
                // to its own node by a leader line.
                List<Rect> clear = spots.stream().filter(spot -> ownNearest(spot, n, r, scene.drawing().nodes(), radii))
                        .toList();
                Rect spot = first(clear, everything, null);
                if (spot != null) {
                    chosen = new Spot(spot, lines, w);
                    break;
                }
            }
            if (chosen == null && must) {
                chosen = mustSpot(n, r, text, scene, radii, key, everything, labels, measure, textHeight);
            }
            if (chosen == null) {
                continue;
            }
            Rect box = chosen.box();
            // Kept clear of the next label by a third of a line: two names abutting read as one
            // ("Sherman" over "Stoltenberg", each by its own disc, on the dashboard).
            double clearance = textHeight / 3;
            Rect kept = new Rect(box.x() - clearance, box.y() - clearance, box.w() + 2 * clearance,
                    box.h() + 2 * clearance);
            everything.take(kept);
            labels.take(kept);
            boolean leader = Candidates.needsLeader(box, n.x(), n.y(), r, GAP, box.h())
                    || !ownNearest(box, n, r, scene.drawing().nodes(), radii);
            placed.add(new LabelBox(n.id(), text, chosen.lines(), box.x(), box.y() + ascent, box.y(), chosen.width(),
                    box.h(), leader));
        }
        return placed;
    }

    /** Where a label goes, on how many lines. */
    private record Spot(Rect box, List<String> lines, double width) {
    }

    /**
     * A label that must show and has no spot clear of every disc nearer its own: one clear of every disc
     * with a leader line, else the spot over the fewest other discs, on whichever number of lines does
     * that, a key actor's disc last. The first free spot had laid a long name across a row of six actors.
     */
    private static Spot mustSpot(GraphDrawing.Node n, double r, String text, ActorGraphScene scene,
                                 Map<String, Double> radii, Set<String> key, OccupiedSpace everything, OccupiedSpace labels,
                                 ToDoubleFunction<String> measure, double textHeight) {
        List<List<String>> forms = LabelLines.forms(text, measure);
        for (List<String> lines : forms) {
            double w = LabelLines.width(lines, measure);
            Rect spot = first(Candidates.around(n.x(), n.y(), r, GAP, w, lines.size() * textHeight, MUST_RINGS), everything,
                    null);
            if (spot != null) {
                return new Spot(spot, lines, w);
            }
        }
        Spot best = null;
        int fewest = Integer.MAX_VALUE;
        Rect own = Rect.around(n.x(), n.y(), r);
        for (List<String> lines : forms) {
            double w = LabelLines.width(lines, measure);
            for (Rect spot : Candidates.around(n.x(), n.y(), r, GAP, w, lines.size() * textHeight, MUST_RINGS)) {
                if (!labels.inside(spot) || !labels.free(spot) || own.overlaps(spot)) {
                    continue;
                }
                int covered = covered(spot, n, scene, radii, key);
                if (covered < fewest) {
                    fewest = covered;
                    best = new Spot(spot, lines, w);
                }
            }
        }
        return best;
    }

    /**
     * How many discs other than {@code own}'s the spot lies on, a key actor's counting as many: a name laid
     * over the busiest actor's disc hid the one actor a reader looks for first.
     */
    private static int covered(Rect spot, GraphDrawing.Node own, ActorGraphScene scene, Map<String, Double> radii,
                               Set<String> key) {
        int covered = 0;
        for (GraphDrawing.Node other : scene.drawing().nodes()) {
            if (other != own && gap(spot, other, radii.get(other.id())) == 0) {
                covered += key.contains(other.id()) ? KEY_COVER_WEIGHT : 1;
            }
        }
        return covered;
    }

    /** Whether no other disc is nearer to {@code spot} than {@code own}'s, give or take a little. */
    private static boolean ownNearest(Rect spot, GraphDrawing.Node own, double ownRadius, List<GraphDrawing.Node> nodes,
                                      Map<String, Double> radii) {
        double mine = gap(spot, own, ownRadius);
        for (GraphDrawing.Node n : nodes) {
            if (n != own && gap(spot, n, radii.get(n.id())) + AMBIGUITY_SLACK < mine) {
                return false;
            }
        }
        return true;
    }

    /** How far a box is from a node's disc (0 when it touches or covers it). */
    static double gap(double x, double y, double w, double h, GraphDrawing.Node n, double r) {
        double dx = Math.max(0, Math.max(x - n.x(), n.x() - (x + w)));
        double dy = Math.max(0, Math.max(y - n.y(), n.y() - (y + h)));
        return Math.max(0, Math.hypot(dx, dy) - r);
    }

    private static double gap(Rect spot, GraphDrawing.Node n, double r) {
        return gap(spot.x(), spot.y(), spot.w(), spot.h(), n, r);
    }

    private static Rect first(List<Rect> spots, OccupiedSpace space, Rect ownNode) {
        for (Rect spot : spots) {
            if (space.inside(spot) && space.free(spot) && (ownNode == null || !ownNode.overlaps(spot))) {
                return spot;
            }
        }
        return null;
    }

    private static int rank(ActorGraphScene scene, Set<String> key, Set<String> focus, String id) {
        if (id.equals(scene.selected())) {
            return 0;
        }
        if (id.equals(scene.hovered())) {
            return 1;
        }
        if (key.contains(id)) {
            return 2;
        }
        return focus.contains(id) ? 3 : 4;
    }
}
