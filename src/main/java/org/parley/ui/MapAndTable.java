package org.parley.ui;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/**
 * The middle column: the map above the event table while both fit at their minimum heights,
 * and the two as tabs of one pane when the window is too short for that (a 1280×720 projector),
 * so neither is ever squeezed below what can be read.
 */
final class MapAndTable extends StackPane {

    static final String STACKED = "stacked";
    static final String TABBED = "tabbed";
    /** A tab header in the Primer theme, until the real one has been laid out. */
    private static final double TAB_HEADER_HEIGHT = 40;

    private final Node map;
    private final Node table;
    private final SplitPane split = new SplitPane();
    private final TabPane tabs = new TabPane();
    private final Tab mapTab = new Tab("Map");
    private final Tab tableTab = new Tab("Events");
    private double stackedPosition = 0.55;
    private double latestHeight;
    private boolean fitPending;

    MapAndTable(Node map, Node table) {
        this.map = map;
        this.table = table;
        setId("map-and-table");
        split.setId("middle-split");
        split.setOrientation(Orientation.VERTICAL);
        tabs.setId("middle-tabs");
        mapTab.setId("tab-map");
        tableTab.setId("tab-events");
        mapTab.setClosable(false);
        tableTab.setClosable(false);
        tabs.getTabs().addAll(mapTab, tableTab);
        // As tabs, a panel joins the scene when its tab is first chosen: a hidden table still
        // costs style and layout passes (its cells above all), which a start on a short screen
        // would pay for nothing.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!stacked()) {
                attachSelected();
            }
        });
        stack();
    }

    /**
     * Chooses the arrangement for {@code height} px now, before the window is first laid out:
     * a short window starts as tabs instead of being styled stacked and then moved a pulse later.
     * An estimate is enough; {@link #fit} corrects it once the real height is known.
     */
    void arrangeFor(double height) {
        boolean stack = height >= stackedMinHeight();
        if (stack != stacked()) {
            if (stack) {
                stack();
            } else {
                tab();
            }
        }
    }

    /** Whether map and table are stacked (true) or tabs (false). */
    boolean stacked() {
        return getChildren().contains(split);
    }

    /** The height below which the two become tabs. */
    double stackedMinHeight() {
        return PanelSizes.STACKED_ROOM;
    }

    /**
     * Chooses the arrangement for {@code height} px. Deferred to after the current layout pass:
     * moving nodes between parents inside one would leave this pulse half laid out.
     */
    void fit(double height) {
        latestHeight = height;
        if (!fitPending && (height >= stackedMinHeight()) != stacked()) {
            fitPending = true;
            // The last height of the pass decides: a first layout may report a passing height.
            Platform.runLater(() -> {
                fitPending = false;
                arrangeFor(latestHeight);
            });
        }
    }

    /**
     * As tabs, the pane still needs its header and the taller of the two minimums: a tab pane's
     * own minimum is only its header, which would let the window's split squeeze the table.
     */
    @Override
    protected double computeMinHeight(double width) {
        if (stacked()) {
            return super.computeMinHeight(width);
        }
        Node header = tabs.lookup(".tab-header-area");
        double headerHeight = header == null || header.getLayoutBounds().getHeight() <= 0
                ? TAB_HEADER_HEIGHT : header.getLayoutBounds().getHeight();
        return headerHeight + Math.max(map.minHeight(-1), table.minHeight(-1)) + snappedTopInset() + snappedBottomInset();
    }

    /** The split of the map over the table (without items while they are tabs). */
    SplitPane split() {
        return split;
    }

    /** The tabs of the map and the table (out of the scene while they are stacked). */
    TabPane tabs() {
        return tabs;
    }

    void setDividerPosition(double position) {
        stackedPosition = position;
        split.setDividerPositions(position);
    }

    double dividerPosition() {
        return stacked() ? split.getDividerPositions()[0] : stackedPosition;
    }

    /** Whether the table is the tab shown, while the two are tabs. */
    boolean showsTable() {
        return !stacked() && tabs.getSelectionModel().getSelectedItem() == tableTab;
    }

    /** Shows the map (in tabbed mode, selects its tab). */
    void showMap() {
        tabs.getSelectionModel().select(mapTab);
    }

    /** Shows the table (in tabbed mode, selects its tab). */
    void showTable() {
        tabs.getSelectionModel().select(tableTab);
    }

    private void stack() {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        mapTab.setContent(null);
        tableTab.setContent(null);
        split.getItems().setAll(map, table);
        split.setDividerPositions(stackedPosition);
        getChildren().setAll(split);
        restore(focused);
    }

    private void tab() {
        stackedPosition = split.getDividerPositions()[0];
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        split.getItems().clear();
        attachSelected();
        getChildren().setAll(tabs);
        restore(focused);
    }

    // The selection model names the new tab before the tab's own selected flag changes.
    private void attachSelected() {
        Tab chosen = tabs.getSelectionModel().getSelectedItem();
        if (chosen == mapTab && mapTab.getContent() == null) {
            mapTab.setContent(map);
        } else if (chosen == tableTab && tableTab.getContent() == null) {
            tableTab.setContent(table);
        }
    }

    private static void restore(Node focused) {
        if (focused != null && focused.getScene() != null) {
            focused.requestFocus();
        }
    }
}
