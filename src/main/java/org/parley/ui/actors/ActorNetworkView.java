package org.parley.ui.actors;

import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.parley.layout.ArrowNavigation;
import org.parley.layout.GraphDrawing;
import org.parley.layout.NormalisedGraph;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.render.FontSpec;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;
import org.parley.render.graph.ActorGraphPainter;
import org.parley.render.graph.ActorGraphScene;
import org.parley.render.graph.ActorNetwork;
import org.parley.render.graph.ActorLink;
import org.parley.render.graph.ActorNode;
import org.parley.render.graph.EdgeHits;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.HideWithWindow;
import org.parley.ui.support.LatestResult;
import org.parley.ui.canvas.CoalescedRepaint;
import org.parley.ui.canvas.FocusRing;
import org.parley.ui.canvas.FxPainter;
import org.parley.ui.filter.NothingShared;
import org.parley.ui.state.ExplorerState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The network view of the actor panel: the graph of the visible events on a canvas that fills the
 * view. The network and its force layout are built on the background thread once per dataset or
 * filter; a resize only rescales the cached layout, and selection, hover and theme only repaint,
 * at most once per pulse.
 *
 * <p>A click on an edge chooses the link: both its actors, and the first event they share
 * ({@link ExplorerState#chooseLink}); hovering one names the two and counts what they share.
 *
 * <p>Keyboard: arrow keys move between actors, Enter selects, Escape clears the selection. Page Down /
 * Page Up step through the lines of the actor walked to or selected, heaviest first (shown as hovered,
 * read out); Enter chooses the line and Escape lets go of it, then of the chosen link. Tab is left to
 * move the focus on, so the keys never trap it.
 */
final class ActorNetworkView extends Region {

    private final ExplorerState state;
    private final LatestResult<Computed> layouts;
    private final Canvas canvas = new Canvas();
    /** Over the blank canvas while the actors filtered all together share no event: the note and "Match any". */
    private final VBox nothingShared;
    private final ActorGraphPainter painter = new ActorGraphPainter();
    private final Tooltip tooltip = new Tooltip();
    private final HideWithWindow tooltipLeaving = new HideWithWindow(tooltip);
    private final ContextMenu nodeMenu;
    /** What a chosen line offers: its shared events alone (a filter Undo takes back), or letting go of it. */
    private final ContextMenu linkMenu;
    private final CoalescedRepaint repaint = new CoalescedRepaint(this::paint);
    private ActorNetwork network;
    /** How many actors the visible events have, of whom {@link #network} draws the busiest. */
    private int actors;
    private NormalisedGraph normalised;
    private ActorGraphScene laidOut;
    /** The edges of {@link #laidOut} drawn with nothing selected, filed for hit tests once per layout. */
    private EdgeHits layoutHits;
    /** {@link #layoutHits} and the selected actor's lines the painter adds back past its limit: what a pointer can take. */
    private EdgeHits edgeHits;
    private String hovered;
    /** The edge under the pointer (no node being under it), or stepped to by Page Down / Page Up; null when none. */
    private GraphDrawing.Edge hoveredLink;
    /** The actor whose lines Page Down / Page Up step through while one of them is hovered by keys; null otherwise. */
    private String linkAnchor;
    private boolean computing;
    /** The latest layout failed (the log says why): said on the canvas, not "Laying out…" for ever. */
    private boolean failed;
    /** Data changed while the network was hidden behind the list: lay it out when it is shown. */
    private boolean stale;

    ActorNetworkView(ExplorerState state, ContextMenu nodeMenu, BackgroundThread worker) {
        this.state = state;
        this.nodeMenu = nodeMenu;
        this.linkMenu = linkMenu(state);
        this.layouts = new LatestResult<Computed>(worker, done -> {
            computing = false;
            failed = false;
            network = done.network();
            normalised = done.layout();
            actors = done.actors();
            refit();
        }).onFailure(error -> {
            computing = false;
            failed = true;
            network = null;
            normalised = null;
            refit();
        });
        setId("actorNetwork");
        canvas.setId("actorNetworkCanvas");
        // Who shares nothing, with the link to any of them, as the timeline, the table and the status bar say it.
        nothingShared = NothingShared.notice(state, "network-nothing-shared");
        nothingShared.visibleProperty().addListener(o -> repaint.invalidate());
        getChildren().addAll(canvas, nothingShared);
        setMinSize(0, 0);
        setPrefSize(400, 400);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleRoleDescription("Actor network");
        tooltip.setShowDelay(Duration.millis(150));

        state.visibleEventsProperty().addListener((o, was, now) -> rebuildNetwork());
        // What actors filtered all together do not share is said with the filter's names: a new filter keeping
        // none again leaves the events (none) as they were.
        state.filterProperty().addListener(o -> repaint.invalidate());
        state.keptMatchingAnyActorProperty().addListener(o -> repaint.invalidate());
        state.datasetProperty().addListener((o, was, now) -> rebuildNetwork());
        state.selectedActorProperty().addListener((o, was, now) -> {
            if (now != null && network != null && network.node(now).isEmpty() && actors > network.nodes().size()) {
                rebuildNetwork();   // one of the quieter actors, chosen in the list: drawn with the busiest
            }
            fileSelectedLines();
            retellHoveredLink();
            updateAccessibleText();
            repaint.invalidate();
        });
        state.selectedPartnerProperty().addListener((o, was, now) -> {
            retellHoveredLink();
            updateAccessibleText();
            repaint.invalidate();
        });
        state.darkProperty().addListener((o, was, now) -> repaint.invalidate());
        focusedProperty().addListener((o, was, now) -> repaint.invalidate());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            // Past here the tab pane around the panel takes the focus for its header on every press.
            e.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null, e));
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::menuKey);
        parentProperty().addListener((o, was, now) -> {
            if (now != null && stale) {
                rebuildNetwork();
            }
        });
        rebuildNetwork();
    }

    /** The scene as last painted, for hit tests and exports; null before the first layout. */
    ActorGraphScene graphScene() {
        return laidOut == null ? null : decorate(laidOut);
    }

    Canvas canvas() {
        return canvas;
    }

    /** True while the network of the latest dataset or filter is still being laid out. */
    boolean isComputing() {
        return computing;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            refit();
        }
        double noteHeight = Math.min(h, nothingShared.prefHeight(w));
        nothingShared.resizeRelocate(0, Math.max(0, (h - noteHeight) / 2), w, noteHeight);
    }

    /** Builds the network and its layout in the background; only the latest request is kept. */
    private void rebuildNetwork() {
        if (getParent() == null) {
            // Hidden behind the list (as at every start): hundreds of force iterations would sit on
            // the one compute thread ahead of the timeline's first layout for a view nobody sees.
            stale = true;
            computing = false;
            layouts.discard();   // a layout still under way is for data that has changed
            return;
        }
        stale = false;
        Dataset ds = state.dataset();
        List<Event> events = state.visibleEventsProperty().get();
        if (ds == null) {
            layouts.discard();
            network = null;
            normalised = null;
            computing = false;
            refit();
            return;
        }
        computing = true;
        failed = false;
        repaint.invalidate();
        String chosen = state.selectedActorProperty().get();
        layouts.request(() -> {
            ActorNetwork all = ActorNetwork.of(ds, events);
            ActorNetwork net = all.busiest(MOST_SHOWN, chosen);
            return new Computed(net, ActorGraphScene.normalise(net), all.nodes().size());
        });
    }

    /**
     * The most actors drawn: a thousand took 15 s to lay out into a tangle of names run together and
     * discs pinned to the frame. The busiest are drawn (and the chosen actor), and the view says so.
     */
    static final int MOST_SHOWN = ActorNetwork.MOST_DRAWN;
    /** The line under the graph that says how many of how many actors it shows. */
    private static final double CAPTION = 20;

    private record Computed(ActorNetwork network, NormalisedGraph layout, int actors) {
    }

    /** What the graph leaves out, or "" when it draws every actor of the visible events. */
    String leftOutNote() {
        return network == null || actors <= network.nodes().size() ? ""
                : "The " + network.nodes().size() + " actors in most events, of " + CountText.number(actors)
                        + ": filter to see others";
    }

    /** Scales the cached layout to the canvas: no forces, so cheap enough for every resize. */
    private void refit() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double caption = leftOutNote().isEmpty() ? 0 : CAPTION;
        ActorGraphScene previous = laidOut != null && laidOut.network() == network ? laidOut : null;
        laidOut = network == null || normalised == null || w < 1 || h - caption < 1
                ? null : ActorGraphScene.fit(network, normalised, w, h - caption, theme(), previous);
        layoutHits = laidOut == null ? null : EdgeHits.of(laidOut.drawing());
        fileSelectedLines();
        hoveredLink = null;   // where the pointer was, the lines have moved
        linkAnchor = null;
        updateAccessibleText();
        repaint.invalidate();
    }

    /** Files the selected actor's lines that only a selection draws, so each line drawn can be hovered and chosen. */
    private void fileSelectedLines() {
        edgeHits = layoutHits == null ? null
                : layoutHits.withSelected(laidOut.drawing(), state.selectedActorProperty().get());
    }

    private ActorGraphScene decorate(ActorGraphScene s) {
        return s.withSelected(state.selectedActorProperty().get()).withPartner(state.selectedPartnerProperty().get())
                .withHovered(hovered).withHoveredLink(hoveredLink).withTheme(theme());
    }

    private Theme theme() {
        return state.darkProperty().get() ? Theme.DARK : Theme.LIGHT;
    }

    /** Paints now instead of on the next pulse (tests, snapshots). */
    void paintNow() {
        repaint.invalidate();
        repaint.flush();
    }

    private void paint() {
        var gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        FxPainter fx = new FxPainter(gc);
        String empty = emptyMessage();
        if (laidOut != null && empty == null) {
            painter.paint(fx, decorate(laidOut));
            String note = leftOutNote();
            if (!note.isEmpty()) {
                fx.setFont(FontSpec.sans(12));
                fx.setFill(theme().mutedText());
                fx.fillText(note, 8, canvas.getHeight() - 6, TextAnchor.START);
            }
        } else if (computing) {
            FocusRing.message(fx, canvas.getWidth(), canvas.getHeight(), "Laying out the network…", theme());
        } else if (failed) {
            FocusRing.message(fx, canvas.getWidth(), canvas.getHeight(),
                    "Could not lay out the network (the log file says why).", theme());
        } else if (empty != null) {
            // The note that has a link is laid over the canvas, wrapped, rather than drawn on one line.
            FocusRing.message(fx, canvas.getWidth(), canvas.getHeight(), nothingShared.isVisible() ? "" : empty, theme());
        }
        if (isFocused()) {
            FocusRing.paint(fx, canvas.getWidth(), canvas.getHeight(), theme());
        }
    }

    private void clicked(MouseEvent e) {
        if (laidOut == null || !e.isStillSincePress()) {
            return;
        }
        var node = laidOut.nodeAt(e.getX(), e.getY());
        if (node.isPresent()) {
            state.chooseActor(node.get());
            if (e.getButton() == MouseButton.SECONDARY) {
                nodeMenu.show(canvas, e.getScreenX(), e.getScreenY());
            }
            return;
        }
        // A node wins where a line runs under it; a line's own menu offers what the two share.
        edgeAt(e.getX(), e.getY()).ifPresent(edge -> {
            state.chooseLink(edge.a(), edge.b());
            if (e.getButton() == MouseButton.SECONDARY) {
                linkMenu.show(canvas, e.getScreenX(), e.getScreenY());
            }
        });
    }

    /**
     * The menu key or Shift+F10: the chosen line's menu at the line's middle, else the selected actor's at its
     * disc. Only the mouse could reach the actor menu, and a line had none.
     */
    private void menuKey(ContextMenuEvent e) {
        if (e.isKeyboardTrigger() && laidOut != null && showMenuFromKeys()) {
            e.consume();
        }
    }

    /** The chosen line's menu at its middle, else the selected actor's at its disc; false when neither is drawn. */
    private boolean showMenuFromKeys() {
        if (nodeMenu.isShowing() || linkMenu.isShowing()) {
            return true;   // a platform that sends both the key and the request: one menu
        }
        String actor = state.selectedActorProperty().get();
        String partner = state.selectedPartnerProperty().get();
        GraphDrawing.Edge line = actor == null || partner == null ? null : laidOut.drawing().edges().stream()
                .filter(l -> l.a().equals(actor) && l.b().equals(partner) || l.a().equals(partner) && l.b().equals(actor))
                .findFirst().orElse(null);
        GraphDrawing.Node disc = actor == null ? null
                : laidOut.drawing().nodes().stream().filter(n -> n.id().equals(actor)).findFirst().orElse(null);
        if (line != null) {
            var at = canvas.localToScreen((line.x0() + line.x1()) / 2, (line.y0() + line.y1()) / 2);
            linkMenu.show(canvas, at.getX(), at.getY());
        } else if (disc != null) {
            var at = canvas.localToScreen(disc.x(), disc.y());
            nodeMenu.show(canvas, at.getX(), at.getY());
        } else {
            return false;
        }
        return true;
    }

    private static ContextMenu linkMenu(ExplorerState state) {
        MenuItem only = new MenuItem("Show only what they share",
                ActorActions.filterIcon());
        only.setId("link-filter");
        only.setOnAction(e -> state.filterToChosenLink());
        MenuItem letGo = new MenuItem("Let go of the line");
        letGo.setId("link-let-go");
        letGo.setOnAction(e -> state.letGoOfPartner());
        ContextMenu menu = new ContextMenu(only, letGo);
        // Greyed once the filter keeps only their events: a second click would change nothing.
        menu.setOnShowing(e -> only.setDisable(state.isFilteredToChosenLink()));
        return menu;
    }

    /**
     * The line under (x, y). The selected actor's lines, drawn highlighted, win within the reach: in a dense
     * network the nearest line took the pointer though the highlighted one lay within a pixel of it.
     */
    private Optional<GraphDrawing.Edge> edgeAt(double x, double y) {
        return edgeHits == null ? Optional.empty() : edgeHits.at(x, y, state.selectedActorProperty().get());
    }

    private void moved(MouseEvent e) {
        String node = laidOut == null ? null : laidOut.nodeAt(e.getX(), e.getY()).orElse(null);
        hover(node, node != null ? null : edgeAt(e.getX(), e.getY()).orElse(null), e);
    }

    private void hover(String id, MouseEvent e) {
        hover(id, null, e);
    }

    private void hover(String id, GraphDrawing.Edge edge, MouseEvent e) {
        if (Objects.equals(id, hovered) && Objects.equals(edge, hoveredLink)) {
            return;
        }
        hovered = id;
        hoveredLink = edge;
        linkAnchor = null;   // the pointer takes over from the keys
        repaint.invalidate();
        String text = network == null ? null
                : id != null ? network.node(id).map(ActorNetworkView::describe).orElse(null)
                : edge != null ? network.link(edge.a(), edge.b()).map(this::describe).orElse(null)
                : null;
        if (text == null) {
            tooltip.hide();
            return;
        }
        tooltip.setText(text);
        tooltipLeaving.watch(canvas);
        tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
    }

    /** The line under the pointer was just chosen or let go of: its open tooltip says so at once. */
    private void retellHoveredLink() {
        if (hoveredLink != null && network != null && tooltip.isShowing()) {
            network.link(hoveredLink.a(), hoveredLink.b()).ifPresent(l -> tooltip.setText(describe(l)));
        }
    }

    /** What hovering a link says: {@link #linkSummary} and what a click does, or that the link is the one chosen. */
    private String describe(ActorLink link) {
        return linkSummary(link) + (isChosen(link.a(), link.b())
                ? "\nChosen: the timeline and the map ring what they share (Esc lets go; "
                        + "right-click or the menu key: show only those)"
                : "\nClick to select what they share; right-click to show only those");
    }

    /** Whether the link between {@code a} and {@code b} is the one chosen, either way round. */
    private boolean isChosen(String a, String b) {
        String actor = state.selectedActorProperty().get();
        String partner = state.selectedPartnerProperty().get();
        return actor != null && partner != null
                && (actor.equals(a) && partner.equals(b) || actor.equals(b) && partner.equals(a));
    }

    /** As {@link #linkSummary(ActorLink, String)}, the selected actor named first. */
    String linkSummary(ActorLink link) {
        return linkSummary(link, state.selectedActorProperty().get());
    }

    /**
     * A link's two actors, {@code first} first when it is one of them (stepping from Sherman read "Russia and Wendy
     * Sherman", the link's stored order), how many of the events shown they share (said so when filters narrow
     * them), and at how many of those both are quoted.
     */
    String linkSummary(ActorLink link, String first) {
        boolean turned = link.b().equals(first);
        String a = name(turned ? link.b() : link.a());
        String b = name(turned ? link.a() : link.b());
        boolean filtered = !state.filterProperty().get().isEmpty();
        String shared = CountText.count(link.sharedEvents(), "event") + " together"
                + (filtered ? " among those the filters show" : "");
        String quoted = link.exchanges() == 0 ? ""
                : "\nboth quoted at " + CountText.number(link.exchanges());
        return a + " and " + b + "\n" + shared + quoted;
    }

    /** Arrow keys walk the nodes (the walked-to node shows as hovered, named); Enter selects it. */
    private void onKey(KeyEvent e) {
        // Alt+arrow is the window's previous/next event: consumed here, its accelerator never ran.
        if (laidOut == null || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> walk(ArrowNavigation.Direction.LEFT);
            case RIGHT, KP_RIGHT -> walk(ArrowNavigation.Direction.RIGHT);
            case UP, KP_UP -> walk(ArrowNavigation.Direction.UP);
            case DOWN, KP_DOWN -> walk(ArrowNavigation.Direction.DOWN);
            case PAGE_DOWN -> {
                if (!stepLine(1)) {
                    return;
                }
            }
            case PAGE_UP -> {
                if (!stepLine(-1)) {
                    return;
                }
            }
            case ENTER, SPACE -> {
                if (hoveredLink != null && linkAnchor != null) {
                    state.chooseLink(linkAnchor, otherEnd(hoveredLink, linkAnchor));
                    updateAccessibleText();
                    break;
                }
                String target = hovered != null ? hovered : state.selectedActorProperty().get();
                if (target == null) {
                    return;
                }
                state.chooseActor(target);
            }
            case ESCAPE -> {
                if (hoveredLink != null && linkAnchor != null) {
                    // First the line stepped to, then the chosen link (its first actor stays), then the actor.
                    hovered = linkAnchor;
                    hoveredLink = null;
                    linkAnchor = null;
                    updateAccessibleText();
                    repaint.invalidate();
                    break;
                }
                String partner = state.selectedPartnerProperty().get();
                if (partner != null) {
                    state.letGoOfPartner();
                    break;
                }
                if (state.selectedActorProperty().get() == null && hovered == null) {
                    return;
                }
                hovered = null;
                state.selectedActorProperty().set(null);
                repaint.invalidate();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /**
     * Hovers the next ({@code step} 1) or previous (-1) line of the actor walked to or selected,
     * heaviest first, round and round. False when no actor is at hand or it has no line.
     */
    private boolean stepLine(int step) {
        String anchor = linkAnchor != null ? linkAnchor
                : hovered != null ? hovered : state.selectedActorProperty().get();
        if (anchor == null) {
            return false;
        }
        List<GraphDrawing.Edge> lines = new ArrayList<>();
        for (GraphDrawing.Edge e : laidOut.drawing().edges()) {
            if (e.a().equals(anchor) || e.b().equals(anchor)) {
                lines.add(e);
            }
        }
        if (lines.isEmpty()) {
            return false;
        }
        lines.sort(Comparator.comparingDouble(GraphDrawing.Edge::width).reversed()
                .thenComparing(e -> name(otherEnd(e, anchor))));
        int at = lines.indexOf(hoveredLink);
        int next = at < 0 ? (step > 0 ? 0 : lines.size() - 1) : Math.floorMod(at + step, lines.size());
        linkAnchor = anchor;
        hovered = null;
        hoveredLink = lines.get(next);
        tooltip.hide();
        updateAccessibleText();
        repaint.invalidate();
        return true;
    }

    private static String otherEnd(GraphDrawing.Edge e, String actor) {
        return e.a().equals(actor) ? e.b() : e.a();
    }

    private String name(String actor) {
        return network == null ? actor : network.node(actor).map(n -> n.actor().name()).orElse(actor);
    }

    private void walk(ArrowNavigation.Direction direction) {
        List<GraphDrawing.Node> nodes = laidOut.drawing().nodes();
        double[] xs = new double[nodes.size()];
        double[] ys = new double[nodes.size()];
        int from = -1;
        String current = hovered != null ? hovered : linkAnchor != null ? linkAnchor
                : state.selectedActorProperty().get();
        for (int i = 0; i < nodes.size(); i++) {
            xs[i] = nodes.get(i).x();
            ys[i] = nodes.get(i).y();
            if (nodes.get(i).id().equals(current)) {
                from = i;
            }
        }
        int next = ArrowNavigation.next(xs, ys, from, direction);
        if (next >= 0) {
            hovered = nodes.get(next).id();
            hoveredLink = null;
            linkAnchor = null;
            tooltip.hide();
            updateAccessibleText();
            repaint.invalidate();
        }
    }

    /**
     * What the canvas says when there is no graph to draw: filtered to no event, the view had only
     * gone blank. Null while a graph is drawn, laid out or failed.
     */
    String emptyMessage() {
        Dataset ds = state.dataset();
        if (computing || failed || network == null || ds == null || !network.nodes().isEmpty()) {
            return null;
        }
        if (state.visibleEventsProperty().get().isEmpty()) {
            return ds.events().isEmpty() ? "The dataset has no events."
                    : NothingShared.note(state).orElse("No events match the filters.");
        }
        return "No actor takes part in the events shown.";
    }

    /** What a screen reader says: why the view is empty, else the actor under the keyboard cursor, else the selected one. */
    private void updateAccessibleText() {
        String empty = emptyMessage();
        if (empty != null) {
            setAccessibleText("Actor network: " + empty);
            return;
        }
        if (hoveredLink != null && linkAnchor != null && network != null) {
            // A line stepped to with Page Down / Page Up: read out as the tooltip would show it.
            String line = network.link(hoveredLink.a(), hoveredLink.b())
                    .map(l -> "Line " + linkSummary(l, linkAnchor).replace("\n", ", ")
                            + (isChosen(l.a(), l.b()) ? ", chosen" : ", Enter chooses it"))
                    .orElse(null);
            if (line != null) {
                setAccessibleText(line);
                return;
            }
        }
        String id = hovered != null ? hovered : state.selectedActorProperty().get();
        String partner = state.selectedPartnerProperty().get();
        String text = network == null || id == null ? null
                : hovered == null && partner != null ? network.link(id, partner)
                        .map(l -> "Link " + linkSummary(l).replace("\n", ", ")).orElse(null)
                : network.node(id).map(n -> describe(n).replace("\n", ", ")).orElse(null);
        boolean selected = id != null && id.equals(state.selectedActorProperty().get());
        setAccessibleText(text == null ? "Actor network, nothing selected"
                : (selected ? "Selected: " : "") + text);
    }

    static String describe(ActorNode n) {
        String role = n.actor().role().isEmpty() ? n.actor().affiliation() : n.actor().role();
        String counts = new ActorEntry.Row(n.actor(), n.events(), n.quotes()).counts();
        return role.isEmpty() ? n.actor().name() + "\n" + counts : n.actor().name() + "\n" + role + "\n" + counts;
    }

    String tooltipText() {
        return tooltip.isShowing() ? tooltip.getText() : null;
    }
}
