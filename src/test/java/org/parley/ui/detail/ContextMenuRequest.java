package org.parley.ui.detail;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import org.testfx.api.FxRobot;

/** Monocle's headless robot sends no context-menu request: a node gets the one a right click on it makes. */
final class ContextMenuRequest {

    private ContextMenuRequest() {
    }

    static void on(FxRobot robot, Node node) {
        robot.interact(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            Point2D at = node.localToScene(5, 5);
            Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, at.getX(), at.getY(),
                    b.getMinX() + 5, b.getMinY() + 5, false, new PickResult(node, at.getX(), at.getY())));
        });
    }
}
