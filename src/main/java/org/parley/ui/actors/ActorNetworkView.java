package org.parley.ui.actors;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.parley.model.Dataset;
import org.parley.render.Theme;
import org.parley.render.graph.ActorGraphPainter;
import org.parley.render.graph.ActorGraphScene;
import org.parley.render.graph.ActorNetwork;
import org.parley.render.graph.ActorNode;
import org.parley.ui.canvas.FxPainter;
import org.parley.ui.state.ExplorerState;

import java.util.Objects;

/**
 * The network view of the actor panel: the graph of the visible events on a canvas that fills the
 * view. The layout is recomputed only when the network or the size changes; selection, hover and
 * theme only repaint.
 */
final class ActorNetworkView extends Region {

    private final ExplorerState state;
    private final Canvas canvas = new Canvas();
    private final ActorGraphPainter painter = new ActorGraphPainter();
    private final Tooltip tooltip = new Tooltip();
    private final ContextMenu nodeMenu;
    private ActorNetwork network;
    private ActorGraphScene laidOut;
    private String hovered;

    ActorNetworkView(ExplorerState state, ContextMenu nodeMenu) {
        this.state = state;
        this.nodeMenu = nodeMenu;
        setId("actorNetwork");
        canvas.setId("actorNetworkCanvas");
        getChildren().add(canvas);
        setMinSize(0, 0);
        setPrefSize(400, 400);
        tooltip.setShowDelay(Duration.millis(150));

        state.visibleEventsProperty().addListener((o, was, now) -> rebuildNetwork());
        state.datasetProperty().addListener((o, was, now) -> rebuildNetwork());
        state.selectedActorProperty().addListener((o, was, now) -> paint());
        state.darkProperty().addListener((o, was, now) -> paint());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null, e));
        rebuildNetwork();
    }

    /** The scene as last painted, for hit tests and exports; null before the first layout. */
    ActorGraphScene graphScene() {
        return laidOut == null ? null : decorate(laidOut);
    }

    Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            layOut();
        }
    }

    private void rebuildNetwork() {
        Dataset ds = state.dataset();
        network = ds == null ? null : ActorNetwork.of(ds, state.visibleEventsProperty().get());
        layOut();
    }

    private void layOut() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        laidOut = network == null || w < 1 || h < 1 ? null : ActorGraphScene.layOut(network, w, h, theme());
        paint();
    }

    private ActorGraphScene decorate(ActorGraphScene s) {
        return s.withSelected(state.selectedActorProperty().get()).withHovered(hovered).withTheme(theme());
    }

    private Theme theme() {
        return state.darkProperty().get() ? Theme.DARK : Theme.LIGHT;
    }

    private void paint() {
        var gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (laidOut != null) {
            painter.paint(new FxPainter(gc), decorate(laidOut));
        }
    }

    private void clicked(MouseEvent e) {
        if (laidOut == null || !e.isStillSincePress()) {
            return;
        }
        laidOut.nodeAt(e.getX(), e.getY()).ifPresent(id -> {
            state.selectedActorProperty().set(id);
            if (e.getButton() == MouseButton.SECONDARY) {
                nodeMenu.show(canvas, e.getScreenX(), e.getScreenY());
            }
        });
    }

    private void moved(MouseEvent e) {
        hover(laidOut == null ? null : laidOut.nodeAt(e.getX(), e.getY()).orElse(null), e);
    }

    private void hover(String id, MouseEvent e) {
        if (Objects.equals(id, hovered)) {
            return;
        }
        hovered = id;
        paint();
        if (id == null || network == null) {
            tooltip.hide();
            return;
        }
        network.node(id).ifPresent(n -> {
            tooltip.setText(describe(n));
            tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
        });
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
