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
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Greedy label placement for the actor graph. Labels are offered in order of importance — the
 * selected actor, the key actors (the busiest few), the selection's neighbours, then everyone else
 * by event count — and each takes the first free spot of sixteen around its node; the hovered
 * actor's name is then found a spot among them ({@link #withHovered}). A label never covers another
 * label. Minor labels also keep off every node and are dropped
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
    /** How many minor discs a leader line through another name is as bad as: more than a key actor's disc. */
    private static final int TANGLE_WEIGHT = 10 * KEY_COVER_WEIGHT;

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
        List<LabelBox> best = placeInOrder(order, scene, radii, focus, key, measure, ascent, textHeight);
        // A name placed early may take the one spot a later name needed, which then lies over a disc or is tied to
        // it by a line through the first: that name is placed first and the whole tried again, the clean result kept.
        for (int attempt = 0; attempt < KEY_ACTORS; attempt++) {
            List<String> troubled = troubled(best, scene, radii, key);
            if (troubled.isEmpty()) {
                break;
            }
            GraphDrawing.Node first = scene.position(troubled.get(0)).orElseThrow();
            order.remove(first);
            order.add(0, first);
            List<LabelBox> again = placeInOrder(order, scene, radii, focus, key, measure, ascent, textHeight);
            if (again.size() >= best.size() && troubled(again, scene, radii, key).size() < troubled.size()) {
                best = again;
            }
        }
        return best;
    }

    private static List<LabelBox> placeInOrder(List<GraphDrawing.Node> order, ActorGraphScene scene,
                                               Map<String, Double> radii, Set<String> focus, Set<String> key,
                                               ToDoubleFunction<String> measure, double ascent, double textHeight) {
        double usableHeight = scene.height() - scene.legendHeight();
        OccupiedSpace everything = new OccupiedSpace(scene.width(), usableHeight);
        OccupiedSpace labels = new OccupiedSpace(scene.width(), usableHeight);
        for (GraphDrawing.Node n : scene.drawing().nodes()) {
            everything.take(Rect.around(n.x(), n.y(), radii.get(n.id())));
        }
        List<LabelBox> placed = new ArrayList<>();
        for (GraphDrawing.Node n : order) {
            String text = nameOf(scene, n);
            Spot chosen = spotFor(n, text, rank(scene, key, focus, n.id()) <= 1, scene, radii, key, everything, labels,
                    placed, measure, textHeight);
            if (chosen != null) {
                LabelBox box = boxOf(n, text, chosen, scene, radii, ascent);
                keepClear(box, everything, labels, textHeight);
                placed.add(box);
            }
        }
        return placed;
    }

    /**
     * The names {@code placed} for the scene with nothing hovered, and the hovered actor's name wherever it can show
     * (the names it would lie on left out): a hover only repaints, so its name is found a spot among the others
     * rather than every name being placed again, which took more than a frame at eighty actors.
     */
    static List<LabelBox> withHovered(List<LabelBox> placed, ActorGraphScene scene, Map<String, Double> radii,
                                      ToDoubleFunction<String> measure, double ascent, double textHeight) {
        String hovered = scene.hovered();
        if (hovered == null || placed.stream().anyMatch(b -> b.actorId().equals(hovered))) {
            return placed;
        }
        GraphDrawing.Node n = scene.position(hovered).orElse(null);
        if (n == null) {
            return placed;
        }
        double usableHeight = scene.height() - scene.legendHeight();
        OccupiedSpace everything = new OccupiedSpace(scene.width(), usableHeight);
        OccupiedSpace labels = new OccupiedSpace(scene.width(), usableHeight);
        for (GraphDrawing.Node other : scene.drawing().nodes()) {
            everything.take(Rect.around(other.x(), other.y(), radii.get(other.id())));
        }
        for (LabelBox box : placed) {
            keepClear(box, everything, labels, textHeight);
        }
        String text = nameOf(scene, n);
        Set<String> key = scene.keyActors(KEY_ACTORS);
        Spot chosen = spotFor(n, text, true, scene, radii, key, everything, labels, placed, measure, textHeight);
        if (chosen == null) {
            chosen = overOthers(n, text, scene, radii, placed, key, measure, textHeight);
        }
        if (chosen == null) {
            return placed;
        }
        LabelBox box = boxOf(n, text, chosen, scene, radii, ascent);
        double clearance = textHeight / 3;
        List<LabelBox> out = new ArrayList<>(placed.size() + 1);
        for (LabelBox other : placed) {
            if (!other.overlaps(box.x() - clearance, box.top() - clearance, box.width() + 2 * clearance,
                    box.height() + 2 * clearance)) {
                out.add(other);
            }
        }
        out.add(box);
        return out;
    }

    /**
     * Where the hovered actor's name goes when every spot near its disc holds another name: the nearest spot in the
     * panel over the fewest names, a key actor's or the selected one's last; those names give way while it is hovered.
     */
    private static Spot overOthers(GraphDrawing.Node n, String text, ActorGraphScene scene, Map<String, Double> radii,
                                   List<LabelBox> placed, Set<String> key, ToDoubleFunction<String> measure,
                                   double textHeight) {
        double usableHeight = scene.height() - scene.legendHeight();
        Rect own = Rect.around(n.x(), n.y(), radii.get(n.id()));
        Spot best = null;
        int fewest = Integer.MAX_VALUE;
        for (List<String> lines : LabelLines.forms(text, measure)) {
            double w = LabelLines.width(lines, measure);
            for (Rect spot : Candidates.around(n.x(), n.y(), radii.get(n.id()), GAP, w, lines.size() * textHeight,
                    MUST_RINGS)) {
                boolean inside = spot.x() >= 0 && spot.y() >= 0 && spot.x() + spot.w() <= scene.width()
                        && spot.y() + spot.h() <= usableHeight;
                if (!inside || own.overlaps(spot)) {
                    continue;
                }
                int covered = 0;
                for (LabelBox other : placed) {
                    if (other.overlaps(spot.x(), spot.y(), spot.w(), spot.h())) {
                        boolean must = key.contains(other.actorId()) || other.actorId().equals(scene.selected());
                        covered += must ? KEY_COVER_WEIGHT : 1;
                    }
                }
                if (covered < fewest) {
                    fewest = covered;
                    best = new Spot(spot, lines, w);
                }
            }
        }
        return best;
    }

    /**
     * The spot for one actor's name among the discs and names taken so far: one line first, a long name then on two or
     * three, which fit where one line does not ("Ministry of Foreign Affairs of the Russian Federation" was wider than
     * the pane); null when a minor name ({@code must} false) finds no spot and is dropped.
     */
    private static Spot spotFor(GraphDrawing.Node n, String text, boolean must, ActorGraphScene scene,
                                Map<String, Double> radii, Set<String> key, OccupiedSpace everything,
                                OccupiedSpace labels, List<LabelBox> placed, ToDoubleFunction<String> measure,
                                double textHeight) {
        double r = radii.get(n.id());
        Predicate<Rect> untangled = spot -> untangled(spot, n, r, scene.drawing().nodes(), radii, placed);
        for (List<String> lines : LabelLines.forms(text, measure)) {
            double w = LabelLines.width(lines, measure);
            double h = lines.size() * textHeight;
            List<Rect> spots = Candidates.around(n.x(), n.y(), r, GAP, w, h, must ? 4 : 2);
            // A spot nearer another disc than its own reads as that actor's name. A minor label is
            // dropped rather than put there (hovering names the node); one that must show is tied
            // to its own node by a leader line.
            // Tested after the spot is found free, the cheaper test: eighty names' spots each measured against every
            // disc took most of a selection's frame.
            Rect spot = first(spots, everything,
                    candidate -> ownNearest(candidate, n, r, scene.drawing().nodes(), radii) && untangled.test(candidate));
            if (spot != null) {
                return new Spot(spot, lines, w);
            }
        }
        return must ? mustSpot(n, r, text, scene, radii, key, everything, labels, measure, textHeight, untangled) : null;
    }

    private static LabelBox boxOf(GraphDrawing.Node n, String text, Spot chosen, ActorGraphScene scene,
                                  Map<String, Double> radii, double ascent) {
        Rect box = chosen.box();
        boolean leader = needsLeader(box, n, radii.get(n.id()), scene.drawing().nodes(), radii);
        return new LabelBox(n.id(), text, chosen.lines(), box.x(), box.y() + ascent, box.y(), chosen.width(), box.h(),
                leader);
    }

    /**
     * Takes a placed name's room, kept clear of the next name by a third of a line: two names abutting read as one
     * ("Sherman" over "Stoltenberg", each by its own disc, on the dashboard).
     */
    private static void keepClear(LabelBox box, OccupiedSpace everything, OccupiedSpace labels, double textHeight) {
        double clearance = textHeight / 3;
        Rect kept = new Rect(box.x() - clearance, box.top() - clearance, box.width() + 2 * clearance,
                box.height() + 2 * clearance);
        everything.take(kept);
        labels.take(kept);
    }

    private static String nameOf(ActorGraphScene scene, GraphDrawing.Node n) {
        return scene.network().node(n.id()).map(a -> ShortNames.of(a.actor())).orElse(n.id());
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
                                 ToDoubleFunction<String> measure, double textHeight, Predicate<Rect> untangled) {
        List<List<String>> forms = LabelLines.forms(text, measure);
        for (List<String> lines : forms) {
            double w = LabelLines.width(lines, measure);
            Rect spot = first(Candidates.around(n.x(), n.y(), r, GAP, w, lines.size() * textHeight, MUST_RINGS), everything,
                    untangled);
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
                // A line through another name is worse than a name over a key actor's disc.
                int covered = covered(spot, n, scene, radii, key) + (untangled.test(spot) ? 0 : TANGLE_WEIGHT);
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

    /**
     * The key actors whose names lie over another key actor's disc or are crossed by, or tied to their disc by, a
     * leader line through another name, in the order placed. Only the few key actors: a crowd's minor names are
     * dropped rather than placed badly, and trying again for them would cost every frame of a large network.
     */
    private static List<String> troubled(List<LabelBox> placed, ActorGraphScene scene, Map<String, Double> radii,
                                         Set<String> key) {
        List<GraphDrawing.Node> nodes = scene.drawing().nodes();
        List<String> out = new ArrayList<>();
        for (LabelBox box : placed) {
            if (!key.contains(box.actorId())) {
                continue;
            }
            GraphDrawing.Node own = scene.position(box.actorId()).orElseThrow();
            Rect spot = new Rect(box.x(), box.top(), box.width(), box.height());
            List<LabelBox> others = placed.stream().filter(o -> o != box).toList();
            boolean overDisc = nodes.stream().anyMatch(m -> m != own && key.contains(m.id()) && gap(spot, m, radii.get(m.id())) == 0);
            if (overDisc || !untangled(spot, own, radii.get(own.id()), nodes, radii, others)) {
                out.add(box.actorId());
            }
        }
        return out;
    }

    /** Whether a label at {@code spot} is tied to its disc by a line: set further out, or nearer another disc. */
    private static boolean needsLeader(Rect spot, GraphDrawing.Node n, double r, List<GraphDrawing.Node> nodes,
                                       Map<String, Double> radii) {
        return Candidates.needsLeader(spot, n.x(), n.y(), r, GAP, spot.h()) || !ownNearest(spot, n, r, nodes, radii);
    }

    /**
     * Whether a label at {@code spot} leaves the names placed so far clear of leader lines: its own line, if it needs
     * one, crosses none of them, and none of their lines crosses it. A line through a name ties it to the wrong disc.
     */
    private static boolean untangled(Rect spot, GraphDrawing.Node n, double r, List<GraphDrawing.Node> nodes,
                                     Map<String, Double> radii, List<LabelBox> placed) {
        boolean leader = needsLeader(spot, n, r, nodes, radii);
        double[] end = LeaderLine.end(n.x(), n.y(), spot.x(), spot.y(), spot.w(), spot.h());
        for (LabelBox other : placed) {
            if (leader && LeaderLine.crosses(n.x(), n.y(), end[0], end[1], other.x(), other.top(), other.width(),
                    other.height())) {
                return false;
            }
            if (other.leader()) {
                GraphDrawing.Node theirs = nodes.stream().filter(m -> m.id().equals(other.actorId())).findFirst()
                        .orElseThrow();
                double[] to = LeaderLine.end(theirs, other);
                if (LeaderLine.crosses(theirs.x(), theirs.y(), to[0], to[1], spot.x(), spot.y(), spot.w(), spot.h())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether no other disc is nearer to {@code spot} than {@code own}'s, give or take a little. */
    private static boolean ownNearest(Rect spot, GraphDrawing.Node own, double ownRadius, List<GraphDrawing.Node> nodes,
                                      Map<String, Double> radii) {
        double mine = gap(spot, own, ownRadius);
        for (GraphDrawing.Node n : nodes) {
            // Most discs are too far off to be nearer whatever their size; their radius is not looked up (a frame's
            // placing of eighty names spent most of its time in those lookups).
            if (n == own || gap(spot, n, ActorGraphScene.MAX_RADIUS) + AMBIGUITY_SLACK >= mine) {
                continue;
            }
            if (gap(spot, n, radii.get(n.id())) + AMBIGUITY_SLACK < mine) {
                return false;
            }
        }
        return true;
    }

    /** How far a box is from a node's disc (0 when it touches or covers it). */
    static double gap(double x, double y, double w, double h, GraphDrawing.Node n, double r) {
        double dx = Math.max(0, Math.max(x - n.x(), n.x() - (x + w)));
        double dy = Math.max(0, Math.max(y - n.y(), n.y() - (y + h)));
        // Not Math.hypot, which guards against overflow no pixel distance reaches and cost most of a frame's placing.
        return Math.max(0, Math.sqrt(dx * dx + dy * dy) - r);
    }

    private static double gap(Rect spot, GraphDrawing.Node n, double r) {
        return gap(spot.x(), spot.y(), spot.w(), spot.h(), n, r);
    }

    private static Rect first(List<Rect> spots, OccupiedSpace space, Predicate<Rect> untangled) {
        for (Rect spot : spots) {
            if (space.inside(spot) && space.free(spot) && untangled.test(spot)) {
                return spot;
            }
        }
        return null;
    }

    private static int rank(ActorGraphScene scene, Set<String> key, Set<String> focus, String id) {
        if (id.equals(scene.selected())) {
            return 0;
        }
        if (key.contains(id)) {
            return 1;
        }
        return focus.contains(id) ? 2 : 3;
    }
}
