package org.parley.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Holds a split pane's dividers at the chosen fractions until the user moves one. A window is laid
 * out first at its content's preferred size and only then at the size the window manager gives
 * it; a split pane keeps its panes' pixel sizes across that change, so fractions set once would
 * end up wherever the first, throw-away layout put them (the timeline squeezed to its minimum).
 */
final class DividerHold {

    private DividerHold() {
    }

    static void keep(SplitPane pane, double[] fractions) {
        keep(pane, () -> fractions);
    }

    /**
     * As {@link #keep(SplitPane, double[])}, with fractions worked out anew for each size and
     * whenever one of {@code alsoWhen} changes (say, a pane's minimum).
     */
    static void keep(SplitPane pane, Supplier<double[]> fractions, Observable... alsoWhen) {
        pane.setDividerPositions(fractions.get());
        boolean[] holding = {true};
        // Set now and again once the pass that follows a resize has run: the split pane's own
        // resize handling moves dividers by pixels inside that pass, after listeners have fired.
        InvalidationListener reapply = o -> {
            pane.setDividerPositions(fractions.get());
            Platform.runLater(() -> {
                if (holding[0]) {
                    pane.setDividerPositions(fractions.get());
                }
            });
        };
        List<Observable> triggers = new ArrayList<>(List.of(alsoWhen));
        triggers.add(pane.widthProperty());
        triggers.add(pane.heightProperty());
        triggers.forEach(t -> t.addListener(reapply));
        pane.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (onDivider(e.getPickResult().getIntersectedNode(), pane)) {
                holding[0] = false;
                triggers.forEach(t -> t.removeListener(reapply));
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
