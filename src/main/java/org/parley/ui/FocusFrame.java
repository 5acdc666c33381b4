package org.parley.ui;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A focus ring over a canvas-drawn view. The views paint edge to edge, so a border of their
 * own would be painted over; this frame lays a ring on top while the view has the focus, and
 * lets every click through.
 */
final class FocusFrame extends StackPane {

    static final String RING_STYLE_CLASS = "focus-ring";

    FocusFrame(Node view) {
        Region ring = new Region();
        ring.getStyleClass().add(RING_STYLE_CLASS);
        ring.setMouseTransparent(true);
        ring.setManaged(true);
        ring.visibleProperty().bind(view.focusedProperty());
        getChildren().addAll(view, ring);
        getStyleClass().add("focus-frame");
    }
}
