package org.parley.render.graph;

import org.parley.layout.GraphDrawing;
import org.parley.model.ActorGroup;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Draws an {@link ActorGraphScene} with any {@link Painter}: edges as wide as their weight, nodes
 * coloured by group and sized by event count, short labels where they fit, and a group legend.
 * With an actor selected, it and its neighbours keep full strength and everything else fades, so
 * the selection reads at a glance on screen and in an exported image alike.
 */
public final class ActorGraphPainter {

    static final FontSpec LABEL_FONT = FontSpec.sans(11);
    static final FontSpec SELECTED_LABEL_FONT = FontSpec.sansBold(11);
    private static final FontSpec LEGEND_FONT = FontSpec.sans(11);
    private static final double DIM = 0.78;
    private static final double RING_GAP = 3.5;
    private static final double RING_WIDTH = 3;
    static final int MAX_EDGES = 1200;
    /** How much wider than itself the edge under the pointer is drawn. */
    private static final double HOVER_EXTRA = 3;

    // Label widths in LABEL_FONT by text; one painter per view (or export), so per backend.
    private final Map<String, Double> widths = new HashMap<>();
    // The names placed for the last scene drawn, hover aside: a hover repaints without placing them again.
    private Placed placed;

    public void paint(Painter p, ActorGraphScene scene) {
        Theme theme = scene.theme();
        p.save();
        p.clipRect(0, 0, scene.width(), scene.height());
        p.setFill(theme.background());
        p.fillRect(0, 0, scene.width(), scene.height());

        Map<String, Double> radii = scene.radii();
        Set<String> focus = focus(scene);
        edges(p, scene, focus);
        nodes(p, scene, radii, focus);
        labels(p, scene, radii, focus);
        if (scene.showsLegend()) {
            legend(p, scene);
        }
        p.restore();
    }

    /**
     * Whether every node of {@code scene} gets its label beside its disc (no leader line), and no label
     * covers another node or sits nearer to one than to its own, the labels measured with {@code measuring}:
     * a slide's network is only worth showing when each disc is named, unmistakably.
     */
    public static boolean namesEveryNode(Painter measuring, ActorGraphScene scene) {
        measuring.setFont(LABEL_FONT);
        double ascent = measuring.ascent();
        Map<String, Double> radii = scene.radii();
        List<LabelBox> boxes = GraphLabels.place(scene, radii, Set.of(), measuring::textWidth, ascent,
                ascent + LABEL_FONT.size() * 0.3);
        if (boxes.size() < scene.drawing().nodes().size()) {
            return false;
        }
        for (LabelBox box : boxes) {
            if (box.leader()) {
                return false; // a thin line across a slide is easily taken for an edge, or for another name's
            }
            GraphDrawing.Node own = scene.position(box.actorId()).orElseThrow();
            double ownGap = gap(box, own, radii.get(own.id()));
            for (GraphDrawing.Node n : scene.drawing().nodes()) {
                double r = radii.get(n.id());
                if (n.id().equals(box.actorId())) {
                    continue;
                }
                // Over another disc, or nearer to it than to its own.
                if (box.overlaps(n.x() - r, n.y() - r, 2 * r, 2 * r) || gap(box, n, r) + GraphLabels.AMBIGUITY_SLACK < ownGap) {
                    return false;
                }
            }
        }
        return true;
    }

    /** How far a label's box is from a node's disc. */
    private static double gap(LabelBox box, GraphDrawing.Node n, double r) {
        return GraphLabels.gap(box.x(), box.top(), box.width(), box.height(), n, r);
    }

    /** The selected actor and its neighbours (or the other end of a chosen link); empty when nothing (known) is selected. */
    static Set<String> focus(ActorGraphScene scene) {
        Set<String> focus = new LinkedHashSet<>();
        String selected = scene.selected();
        if (selected != null && scene.network().node(selected).isPresent()) {
            focus.add(selected);
            String partner = scene.partner();
            if (partner != null && scene.network().node(partner).isPresent()) {
                focus.add(partner);   // a chosen link: its two actors, no one else
            } else {
                focus.addAll(scene.network().neighbours(selected));
            }
        }
        return focus;
    }

    private static void edges(Painter p, ActorGraphScene scene, Set<String> focus) {
        Theme theme = scene.theme();
        String selected = focus.isEmpty() ? null : scene.selected();
        String partner = selected == null ? null : scene.partner();
        List<GraphDrawing.Edge> edges = drawnEdges(scene.drawing().edges(), selected);
        // Emphasised edges go last so faded ones never cross over them.
        edges.sort(Comparator.comparing((GraphDrawing.Edge e) -> emphasised(e, selected, partner)));
        for (GraphDrawing.Edge e : edges) {
            Rgba colour;
            if (selected == null) {
                colour = theme.gridStrong().withAlpha(0.55);
            } else if (emphasised(e, selected, partner)) {
                colour = theme.selection().withAlpha(0.75);
            } else {
                colour = theme.gridStrong().withAlpha(0.15);
            }
            p.setStroke(colour);
            p.setLineWidth(e.width());
            p.strokeLine(e.x0(), e.y0(), e.x1(), e.y1());
        }
        scene.hoveredEdge().ifPresent(e -> {
            // Over everything else, a little wider than itself: the line the pointer would choose.
            p.setStroke(theme.text().withAlpha(0.7));
            p.setLineWidth(e.width() + HOVER_EXTRA);
            p.strokeLine(e.x0(), e.y0(), e.x1(), e.y1());
        });
    }

    /**
     * The edges drawn, in no set order: all of them, or past {@link #MAX_EDGES} the heaviest and
     * every one of {@code selected} (null for none). Past a few thousand lines the picture is a grey
     * felt and a frame takes longer than a pulse: the heaviest links, and the chosen actor's, tell the story.
     */
    static List<GraphDrawing.Edge> drawnEdges(List<GraphDrawing.Edge> all, String selected) {
        List<GraphDrawing.Edge> edges = new ArrayList<>(all);
        if (edges.size() <= MAX_EDGES) {
            return edges;
        }
        List<GraphDrawing.Edge> kept = new ArrayList<>(MAX_EDGES);
        edges.sort(Comparator.comparingDouble(GraphDrawing.Edge::width).reversed());
        for (GraphDrawing.Edge e : edges) {
            if (kept.size() < MAX_EDGES || touches(e, selected)) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** Full strength: the chosen link itself when a link is chosen, else every link of the chosen actor. */
    private static boolean emphasised(GraphDrawing.Edge e, String selected, String partner) {
        return partner == null ? touches(e, selected) : touches(e, selected) && touches(e, partner);
    }

    private static boolean touches(GraphDrawing.Edge e, String id) {
        return id != null && (e.a().equals(id) || e.b().equals(id));
    }

    private static void nodes(Painter p, ActorGraphScene scene, Map<String, Double> radii, Set<String> focus) {
        Theme theme = scene.theme();
        List<GraphDrawing.Node> nodes = new ArrayList<>(scene.drawing().nodes());
        nodes.sort(Comparator.comparing((GraphDrawing.Node n) -> focus.contains(n.id())));
        for (GraphDrawing.Node n : nodes) {
            double r = radii.get(n.id());
            ActorGroup group = scene.network().node(n.id()).map(a -> a.actor().group()).orElse(ActorGroup.OTHER);
            Rgba fill = GroupColours.of(group, theme);
            if (!focus.isEmpty() && !focus.contains(n.id())) {
                fill = fill.mix(theme.background(), DIM);
            }
            GroupFill pattern = GroupFill.of(group, theme);
            pattern.paint(p, fill, theme.background(), n.x(), n.y(), r);
            // The edge that parts overlapping discs; outside a patterned disc, whose own ring it would thin.
            double edge = pattern == GroupFill.SOLID ? r : r + 0.75;
            p.setStroke(theme.background());
            p.setLineWidth(1.5);
            p.strokeOval(n.x() - edge, n.y() - edge, 2 * edge, 2 * edge);
            if (n.id().equals(scene.hovered()) && !n.id().equals(scene.selected())) {
                ring(p, n, r, theme.text().withAlpha(0.7), 1.5);
            }
        }
        scene.position(scene.selected()).ifPresent(n ->
                ring(p, n, radii.get(n.id()), theme.selection(), RING_WIDTH));
        if (scene.selected() != null) {
            scene.position(scene.partner()).ifPresent(n ->
                    ring(p, n, radii.get(n.id()), theme.selection(), RING_WIDTH));
        }
    }

    private static void ring(Painter p, GraphDrawing.Node n, double r, Rgba colour, double width) {
        double rr = r + RING_GAP;
        p.setStroke(colour);
        p.setLineWidth(width);
        p.strokeOval(n.x() - rr, n.y() - rr, 2 * rr, 2 * rr);
    }

    private void labels(Painter p, ActorGraphScene scene, Map<String, Double> radii, Set<String> focus) {
        Theme theme = scene.theme();
        p.setFont(LABEL_FONT);
        double ascent = p.ascent();
        double height = ascent + LABEL_FONT.size() * 0.3;
        if (widths.size() > 20_000) {
            widths.clear();
        }
        // Measured once per name: measuring text on the JavaFX canvas costs a layout pass each time.
        ToDoubleFunction<String> measure = text -> widths.computeIfAbsent(text, p::textWidth);
        if (placed == null || !placed.isFor(scene, ascent)) {
            placed = new Placed(scene, ascent, GraphLabels.place(scene, radii, focus, measure, ascent, height));
        }
        List<LabelBox> boxes = GraphLabels.withHovered(placed.boxes(), scene, radii, measure, ascent, height);
        for (LabelBox box : boxes) {
            if (box.leader()) {
                scene.position(box.actorId()).ifPresent(n -> leader(p, n, box, theme));
            }
        }
        for (LabelBox box : boxes) {
            boolean selected = box.actorId().equals(scene.selected());
            boolean faded = !focus.isEmpty() && !focus.contains(box.actorId());
            // A soft backing keeps labels readable where they sit over edges.
            p.setFill(theme.background().withAlpha(faded ? 0.5 : 0.8));
            p.fillRoundRect(box.x() - 2, box.top(), box.width() + 4, box.height(), 4);
            p.setFont(selected ? SELECTED_LABEL_FONT : LABEL_FONT);
            p.setFill(selected ? theme.selection() : faded ? theme.mutedText().withAlpha(0.6) : theme.text());
            double lineHeight = box.height() / box.lines().size();
            for (int i = 0; i < box.lines().size(); i++) {
                p.fillText(box.lines().get(i), box.x(), box.baseline() + i * lineHeight, TextAnchor.START);
            }
        }
    }

    /**
     * The names placed for a scene: they change with its network, its drawing (nodes move on a resize), its size, the
     * selection and the label font, not with what is hovered.
     */
    private record Placed(ActorGraphScene scene, double ascent, List<LabelBox> boxes) {

        boolean isFor(ActorGraphScene other, double otherAscent) {
            return scene.network() == other.network() && scene.drawing() == other.drawing()
                    && scene.width() == other.width() && scene.height() == other.height()
                    && Objects.equals(scene.selected(), other.selected())
                    && Objects.equals(scene.partner(), other.partner()) && ascent == otherAscent;
        }
    }

    /** A thin line from the node's centre to the nearest point of its label, for labels set further out. */
    private static void leader(Painter p, GraphDrawing.Node n, LabelBox box, Theme theme) {
        double[] end = LeaderLine.end(n, box);
        p.setStroke(theme.mutedText().withAlpha(0.8));
        p.setLineWidth(1);
        p.strokeLine(n.x(), n.y(), end[0], end[1]);
    }

    /** One swatch and name per group present, wrapped into rows from the bottom edge up. */
    private static void legend(Painter p, ActorGraphScene scene) {
        Theme theme = scene.theme();
        p.setFont(LEGEND_FONT);
        double ascent = p.ascent();
        double right = scene.width() - ActorGraphScene.LEGEND_LEFT;
        List<List<ActorGroup>> rows = new ArrayList<>();
        List<ActorGroup> row = new ArrayList<>();
        double x = ActorGraphScene.LEGEND_LEFT;
        for (ActorGroup group : scene.legendGroups()) {
            double w = entryWidth(p, group, theme);
            if (x + w > right && !row.isEmpty()) {
                rows.add(row);
                row = new ArrayList<>();
                x = ActorGraphScene.LEGEND_LEFT;
            }
            row.add(group);
            x += w;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        double top = scene.height() - rows.size() * ActorGraphScene.LEGEND_ROW - 4;
        for (int r = 0; r < rows.size(); r++) {
            double baseline = top + r * ActorGraphScene.LEGEND_ROW + ActorGraphScene.LEGEND_ROW / 2 + ascent / 2;
            double cy = baseline - ascent / 2;
            x = ActorGraphScene.LEGEND_LEFT;
            for (ActorGroup group : rows.get(r)) {
                double s = swatch(theme);
                GroupFill.of(group, theme).paint(p, GroupColours.of(group, theme), theme.background(), x + s, cy, s);
                p.setFill(theme.mutedText());
                p.fillText(group.label(), x + 2 * s + 4, baseline, TextAnchor.START);
                x += entryWidth(p, group, theme);
            }
        }
    }

    private static double entryWidth(Painter p, ActorGroup group, Theme theme) {
        return 2 * swatch(theme) + 4 + p.textWidth(group.label()) + 16;
    }

    /** The key's disc radius: on paper as large as a middling node, so its pattern can be read; a dot on screen. */
    private static double swatch(Theme theme) {
        return theme == Theme.PRINT ? 8 : 5;
    }
}
