package org.parley.render.graph;

import org.parley.layout.GraphDrawing;
import org.parley.layout.GraphLayout;
import org.parley.layout.NormalisedGraph;
import org.parley.model.ActorGroup;
import org.parley.render.Sized;
import org.parley.render.Theme;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything {@link ActorGraphPainter} needs to draw one picture of the network: the network, where
 * its nodes sit, the picture's size, the selected and hovered actor, the other end of a chosen link
 * ({@code partner}) and the edge under the pointer ({@code hoveredLink}) (any of them may be null) and
 * the theme. Screen and export build the same scene, so they draw the same graph.
 */
public record ActorGraphScene(ActorNetwork network, GraphDrawing drawing, double width, double height,
                              String selected, String partner, String hovered, GraphDrawing.Edge hoveredLink,
                              Theme theme) implements Sized {

    /** Height of one row of the group legend at the bottom. */
    public static final double LEGEND_ROW = 20;
    // Legend entries are measured by the painter; the layout only needs a safe guess of the rows.
    private static final double LEGEND_CHAR_WIDTH = 7;
    static final double LEGEND_ENTRY_EXTRA = 30;
    static final double LEGEND_LEFT = 12;
    static final double MIN_RADIUS = 5;
    static final double MAX_RADIUS = 16;
    // Room for the biggest node and its selection ring; labels find their own room inside the panel.
    private static final double MARGIN = MAX_RADIUS + 10;
    /** The least distance between two nodes' centres: two of the largest with a gap between. */
    public static final double NODE_SPACING = 2 * MAX_RADIUS + 8;
    private static final double HIT_SLOP = 3;

    public ActorGraphScene {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(drawing, "drawing");
        Objects.requireNonNull(theme, "theme");
    }

    /** Lays the network out to fill {@code width × height} above the legend, nothing selected. */
    public static ActorGraphScene layOut(ActorNetwork network, double width, double height, Theme theme) {
        return fit(network, normalise(network), width, height, theme);
    }

    /**
     * The force layout of the network in the unit square: the costly part, done once per network
     * (off the JavaFX thread on screen), then {@link #fit} for every panel size.
     */
    public static NormalisedGraph normalise(ActorNetwork network) {
        return layout().normalise(network.nodeIds(), network.edges());
    }

    /** Scales a normalised layout to fill {@code width × height} above the legend: cheap, for resizes. */
    public static ActorGraphScene fit(ActorNetwork network, NormalisedGraph normalised, double width, double height,
                                      Theme theme) {
        return fit(network, normalised, width, height, theme, null);
    }

    /**
     * As {@link #fit(ActorNetwork, NormalisedGraph, double, double, Theme)}, starting from {@code previous}
     * (the panel's last scene, or null) so that a resize moves the nodes a little rather than anew.
     */
    public static ActorGraphScene fit(ActorNetwork network, NormalisedGraph normalised, double width, double height,
                                      Theme theme, ActorGraphScene previous) {
        double legend = legendHeight(network, width, height);
        double drawn = Math.max(1, height - legend);
        GraphDrawing drawing = previous == null
                ? normalised.fit(width, drawn, MARGIN, NODE_SPACING)
                : normalised.fit(width, drawn, MARGIN, NODE_SPACING, previous.drawing(), previous.width(),
                        Math.max(1, previous.height() - previous.legendHeight()));
        return new ActorGraphScene(network, drawing, width, height, null, null, null, null, theme);
    }

    /** A picture of {@code network} drawn as {@code drawing}, nothing selected or hovered. */
    public static ActorGraphScene of(ActorNetwork network, GraphDrawing drawing, double width, double height,
                                     Theme theme) {
        return new ActorGraphScene(network, drawing, width, height, null, null, null, null, theme);
    }

    // Nodes grow to MAX_RADIUS, so centres need more room than the layout's default.
    private static GraphLayout layout() {
        return new GraphLayout(300, NODE_SPACING);
    }

    /**
     * The {@code count} actors in the most events, and any tied with the last of them (up to twice
     * {@code count}): always labelled. Ties count because equal circles look equally important;
     * naming one and not the other would read as a judgement.
     */
    public Set<String> keyActors(int count) {
        List<ActorNode> busiest = network.nodes().stream()
                .sorted(Comparator.comparingInt(ActorNode::events).reversed().thenComparing(ActorNode::id))
                .toList();
        Set<String> out = new LinkedHashSet<>();
        int threshold = busiest.size() < count ? 0 : busiest.get(count - 1).events();
        for (ActorNode n : busiest) {
            if (out.size() >= 2 * count || (out.size() >= count && n.events() < threshold)) {
                break;
            }
            out.add(n.id());
        }
        return out;
    }

    /** Height kept free at the bottom for the group legend. */
    public double legendHeight() {
        return legendHeight(network, width, height);
    }

    /** The groups shown in the legend: those with a node, in the groups' order. */
    public Set<ActorGroup> legendGroups() {
        return groupsOf(network);
    }

    private static Set<ActorGroup> groupsOf(ActorNetwork network) {
        Set<ActorGroup> present = EnumSet.noneOf(ActorGroup.class);
        network.nodes().forEach(n -> present.add(n.actor().group()));
        return present;
    }

    /**
     * A panel this short gives the graph all its height: the legend would take half of it, and
     * the list view and the tooltips name every actor's camp anyway.
     */
    static final double LEGEND_MIN_PANEL_HEIGHT = 240;

    /** Whether the group legend is drawn at this size. */
    public boolean showsLegend() {
        return height >= LEGEND_MIN_PANEL_HEIGHT;
    }

    private static double legendHeight(ActorNetwork network, double width, double height) {
        return height < LEGEND_MIN_PANEL_HEIGHT ? 0 : legendRows(network, width) * LEGEND_ROW + 8;
    }

    private static int legendRows(ActorNetwork network, double width) {
        Set<ActorGroup> present = groupsOf(network);
        int rows = present.isEmpty() ? 0 : 1;
        double x = LEGEND_LEFT;
        for (ActorGroup g : present) {
            double w = g.label().length() * LEGEND_CHAR_WIDTH + LEGEND_ENTRY_EXTRA;
            if (x + w > width - LEGEND_LEFT && x > LEGEND_LEFT) {
                rows++;
                x = LEGEND_LEFT;
            }
            x += w;
        }
        return rows;
    }

    public ActorGraphScene withSelected(String actorId) {
        return new ActorGraphScene(network, drawing, width, height, actorId, partner, hovered, hoveredLink, theme);
    }

    /** With the link between the selected actor and {@code actorId} chosen; null for none. */
    public ActorGraphScene withPartner(String actorId) {
        return new ActorGraphScene(network, drawing, width, height, selected, actorId, hovered, hoveredLink, theme);
    }

    public ActorGraphScene withHovered(String actorId) {
        return new ActorGraphScene(network, drawing, width, height, selected, partner, actorId, hoveredLink, theme);
    }

    /** With {@code edge} drawn as under the pointer; null for none. */
    public ActorGraphScene withHoveredLink(GraphDrawing.Edge edge) {
        return new ActorGraphScene(network, drawing, width, height, selected, partner, hovered, edge, theme);
    }

    public ActorGraphScene withTheme(Theme t) {
        return new ActorGraphScene(network, drawing, width, height, selected, partner, hovered, hoveredLink, t);
    }

    /** The edge under the pointer, if any. */
    public Optional<GraphDrawing.Edge> hoveredEdge() {
        return Optional.ofNullable(hoveredLink);
    }

    /** A node's drawn radius: by the number of events the actor takes part in. */
    public double radius(String actorId) {
        int max = network.maxEvents();
        int events = network.node(actorId).map(ActorNode::events).orElse(0);
        double share = max == 0 ? 0 : Math.sqrt((double) events / max);
        return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share;
    }

    /** Drawn radius of every node, computed once for painting and hit tests. */
    Map<String, Double> radii() {
        Map<String, Double> out = new HashMap<>();
        for (GraphDrawing.Node n : drawing.nodes()) {
            out.put(n.id(), radius(n.id()));
        }
        return out;
    }

    /** The actor whose node is under (x, y); the topmost, i.e. the last drawn, when nodes overlap. */
    public Optional<String> nodeAt(double x, double y) {
        Map<String, Double> radii = radii();
        String hit = null;
        double best = Double.POSITIVE_INFINITY;
        for (GraphDrawing.Node n : drawing.nodes()) {
            double d = Math.hypot(n.x() - x, n.y() - y);
            if (d <= radii.get(n.id()) + HIT_SLOP && d <= best) {
                best = d;
                hit = n.id();
            }
        }
        return Optional.ofNullable(hit);
    }

    public Optional<GraphDrawing.Node> position(String actorId) {
        return drawing.nodes().stream().filter(n -> n.id().equals(actorId)).findFirst();
    }
}
