package org.parley.ui;

import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * The smallest size each panel of the explorer can still be used at. Split panes honour these
 * when the window shrinks; without them a canvas's current size counts as its minimum and the
 * window's content grows past the window.
 */
final class PanelSizes {

    /** Room a split-pane divider takes. */
    static final double DIVIDER = 8;
    /**
     * The timeline keeps its axis and overview band and a lane or two between them. With the
     * panes below, the menus, the tool bar and the status bar this is what the smallest window
     * (560 px, {@code WindowBounds.MIN_HEIGHT}) holds: 260 px here pushed the status bar out of a
     * 640-px window.
     */
    static final double TIMELINE_HEIGHT = 180;
    /** Tall enough for the map's city labels to stand apart (Geneva, Vienna, Brussels, Moscow). */
    static final double MAP_HEIGHT = 190;
    /** The event table shows at least this many rows; it scrolls for the rest. */
    static final int TABLE_ROWS = 4;
    /** A table row and the header in the Primer theme at the default font. */
    static final double ROW_HEIGHT = 40;
    /** The left pane's floor; its four tab titles need some 310 px, which it takes (WholeTabPane). */
    static final double LEFT_WIDTH = 220;
    /**
     * With the left pane's titles whole, the right's 280 and two dividers, this is what the smallest
     * window (900 px, {@code WindowBounds.MIN_WIDTH}) leaves the map and the table: 320 pushed the
     * right pane and the toolbar's theme switch past its edge.
     */
    static final double MIDDLE_WIDTH = 290;
    static final double RIGHT_WIDTH = 280;
    /**
     * Map and table are stacked only when, besides a timeline of this height, both get their room
     * for comfortable use: a map of 220 px and a table of six rows. The minimums above are for a
     * window made small, not for this choice.
     */
    static final double TIMELINE_ROOM = 260;
    static final double STACKED_ROOM = 220 + 40 * 7 + 12;
    /** Tab panes own their content's minimum; a list or a reader can always scroll. */
    static final double TAB_PANE_HEIGHT = 160;

    private PanelSizes() {
    }

    static void apply(Region timeline, Region map, TableView<?> table, Region left, Region middle, Region right) {
        timeline.setMinSize(MIDDLE_WIDTH, TIMELINE_HEIGHT);
        map.setMinSize(MIDDLE_WIDTH, MAP_HEIGHT);
        // The header and six whole rows (the columns share the width, so no horizontal scrollbar).
        table.setMinSize(MIDDLE_WIDTH, ROW_HEIGHT * (TABLE_ROWS + 1));
        // The side panes' widths are their own (WholeTabPane): at least these, and their tab headers whole.
        left.setMinHeight(TAB_PANE_HEIGHT);
        middle.setMinWidth(MIDDLE_WIDTH);
        right.setMinHeight(TAB_PANE_HEIGHT);
    }
}
