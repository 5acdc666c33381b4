package org.parley.ui.filter;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Where a scroll pane's vertical scrolling must stand to show a part of its content; the pane as laid out last. */
final class PaneScroll {

    private PaneScroll() {
    }

    /** Scrolls as little as shows all of {@code node}, or its top when it is taller than the pane. */
    static void showWhole(ScrollPane pane, Node node) {
        double hidden = hidden(pane);
        if (hidden <= 0) {
            return;
        }
        Bounds at = inContent(pane, node);
        double view = pane.getViewportBounds().getHeight();
        double top = pane.getVvalue() * hidden;
        if (at.getMaxY() > top + view) {
            top = Math.min(at.getMinY(), at.getMaxY() - view);
        } else if (at.getMinY() < top) {
            top = at.getMinY();
        }
        pane.setVvalue(Math.max(0, Math.min(1, top / hidden)));
    }

    /**
     * Shows {@code first} down to {@code last} with {@code margin} round them: when they are not all in view, the
     * pane is scrolled to put {@code first} at its top (so what lies under it comes into view as far as the pane
     * is tall). Says whether they were all in view already, and so nothing moved.
     */
    static boolean showFromTop(ScrollPane pane, Node first, Node last, double margin) {
        double hidden = hidden(pane);
        if (hidden <= 0) {
            return true;
        }
        double from = inContent(pane, first).getMinY() - margin;
        double to = inContent(pane, last).getMaxY() + margin;
        double top = pane.getVvalue() * hidden;
        if (from >= top - 0.5 && to <= top + pane.getViewportBounds().getHeight() + 0.5) {
            return true;
        }
        pane.setVvalue(Math.max(0, Math.min(1, from / hidden)));
        return false;
    }

    /** How much of the content lies beyond the viewport, in px. */
    private static double hidden(ScrollPane pane) {
        Node content = pane.getContent();
        return content == null ? 0 : content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
    }

    private static Bounds inContent(ScrollPane pane, Node node) {
        return pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }
}
