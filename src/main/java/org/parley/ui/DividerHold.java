package org.parley.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Holds a split pane's dividers at the chosen fractions through every resize: the fractions set
 * first, then wherever the user drags a divider to. A window is laid out first at its content's
 * preferred size and only then at the size the window manager gives it; a split pane keeps its
 * panes' pixel sizes across such a change, and a pane squeezed to its minimum in a small window
 * stays squeezed when the window grows (after un-maximising and maximising, the timeline had lost
 * 70 px). So the fractions are set again after each resize.
 */
final class DividerHold {

    private DividerHold() {
    }

    static void keep(SplitPane pane, double[] fractions) {
        keep(pane, UnaryOperator.identity(), fractions);
    }

    /**
     * As {@link #keep(SplitPane, double[])}, each resize setting {@code fit} of the wanted fractions
     * (say, cut so a pane keeps its minimum), also whenever one of {@code alsoWhen} changes.
     */
    static void keep(SplitPane pane, UnaryOperator<double[]> fit, double[] fractions, Observable... alsoWhen) {
        double[][] wanted = {fractions.clone()};
        pane.setDividerPositions(fit.apply(wanted[0]));
        boolean[] dragging = {false};
        // Set now and again once the pass that follows a resize has run: the split pane's own
        // resize handling moves dividers by pixels inside that pass, after listeners have fired.
        InvalidationListener reapply = o -> {
            if (dragging[0]) {
                return;
            }
            pane.setDividerPositions(fit.apply(wanted[0]));
            Platform.runLater(() -> {
                if (!dragging[0]) {
                    pane.setDividerPositions(fit.apply(wanted[0]));
                }
            });
        };
        List.of(alsoWhen).forEach(t -> t.addListener(reapply));
        pane.widthProperty().addListener(reapply);
        pane.heightProperty().addListener(reapply);
        pane.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (onDivider(e.getPickResult().getIntersectedNode(), pane)) {
                dragging[0] = true;
            }
        });
        pane.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging[0]) {
                dragging[0] = false;
                // Where the user put it is what later resizes keep.
                wanted[0] = pane.getDividerPositions().clone();
            }
        });
    }

    private static boolean onDivider(Node node, SplitPane pane) {
        for (Node n = node; n != null && n != pane; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider") && n.getParent() == pane) {
                return true;
            }
        }
        return false;
    }
}
