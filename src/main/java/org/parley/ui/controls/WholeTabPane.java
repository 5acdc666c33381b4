package org.parley.ui.controls;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * A tab pane that is never narrower than its tab headers. A plain one lets a split pane squeeze it
 * until the last title is cut ("Comp") and the rest hide behind the header's menu, in every window
 * under about 1100 px. Its minimum is measured from the headers as styled, so a larger font or a
 * translated title still fits; a floor keeps its content usable when the titles are short.
 */
public final class WholeTabPane extends TabPane {

    /**
     * What the header area wants beyond its tabs and insets before it calls them fitting: the skin's
     * spacer of 10 px (TabPaneSkin.SPACER; short of it, the last title is clipped under the tabs'
     * menu button), and a pixel or two for rounding.
     */
    private static final double SLACK = 12;

    private final double floor;

    /** @param floor the narrowest the pane's content may be, whatever its titles */
    public WholeTabPane(double floor) {
        this.floor = floor;
    }

    /** The headers' width as styled, or 0 before the skin has built them. */
    public double headersWidth() {
        Node area = lookup(".tab-header-area");
        Node headers = area == null ? null : area.lookup(".headers-region");
        if (!(area instanceof Region a) || !(headers instanceof Region h)) {
            return 0;
        }
        return h.prefWidth(-1) + a.snappedLeftInset() + a.snappedRightInset() + snappedLeftInset()
                + snappedRightInset() + SLACK;
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(floor, headersWidth());
    }
}
