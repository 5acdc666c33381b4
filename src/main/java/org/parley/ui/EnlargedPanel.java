package org.parley.ui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.ui.support.FirstControl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One panel of the explorer shown over the whole work area, and back. At 1366×768 the actor network
 * and the map are some 400×200 px, where a line or a venue is fiddly to hit, and a projector's
 * 1280×720 showed no panel big short of the presentation. The panel moves out of its slot into a
 * layer over the splits and back into the same slot: the split panes keep their items (replacing one
 * makes new dividers), and their dividers are set back to exactly where they were. The panels read
 * the explorer's state, so a selection, a filter or a chosen line is untouched by the move.
 */
final class EnlargedPanel {

    /** A place in the explorer that holds one panel: the panel moves out of it and back. */
    static final class Slot extends StackPane {
        /** Room kept between the enlarge button and the last tab title or the pane's edge. */
        private static final double GAP = 6;
        final Supplier<String> name;
        final Node panel;
        /** The enlarge button at the free end of the panel's tab row (or at its {@link #spot}), or null. */
        private Button corner;
        /** For a panel without a tab row: the room the panel keeps free for the button, at its top left; else null. */
        private Spot spot;
        /** The titles' row whose width is watched, once found. */
        private Node watched;
        private int skinWaits = 3;

        Slot(Supplier<String> name, Node panel) {
            super(panel);
            this.name = name;
            this.panel = panel;
            getStyleClass().add("panel-slot");
        }

        /**
         * Puts {@code button} at the free end of the panel's tab row. It lies over the row, outside the
         * layout, so the panel's size and minimum are its own; where the titles leave it no room (a pane
         * dragged narrow) it steps aside rather than cover one.
         */
        void setCorner(Button button) {
            corner = button;
            button.setManaged(false);
            getChildren().add(button);
        }

        /**
         * The panel's own tab row (the panel, or the middle's tabs while it has them), not one of a
         * tab pane inside its content: a lookup finds the first in the tree, which may be that one.
         */
        private static Node ownTabRow(Node panel) {
            Node pane = panel instanceof TabPane ? panel
                    : panel instanceof Parent p ? p.getChildrenUnmodifiable().stream()
                            .filter(c -> c instanceof TabPane).findFirst().orElse(null) : null;
            if (!(pane instanceof Parent tabs)) {
                return null;
            }
            return tabs.getChildrenUnmodifiable().stream()
                    .filter(c -> c.getStyleClass().contains("tab-header-area")).findFirst().orElse(null);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (corner == null || corner.getParent() != this) {
                return;
            }
            if (spot != null) {
                double w = corner.prefWidth(-1);
                double h = corner.prefHeight(-1);
                corner.setVisible(getWidth() >= spot.right() && getHeight() >= spot.height() && h <= spot.height());
                corner.resizeRelocate(spot.right() - GAP - w, Math.max(0, (spot.height() - h) / 2), w, h);
                return;
            }
            Node area = ownTabRow(panel);
            Node titles = area == null ? null : area.lookup(".headers-region");
            double w = corner.prefWidth(-1);
            double h = corner.prefHeight(-1);
            if (!(area instanceof Region row) || !(titles instanceof Region t)) {
                corner.setVisible(false);
                // A tab pane not yet skinned has no row: looked at again once its first pass has run.
                if (panel instanceof TabPane && skinWaits-- > 0) {
                    Platform.runLater(this::requestLayout);
                }
                return;
            }
            if (watched != t) {
                // The row and its titles are laid out in the tab pane's own pass, after this one: their sizes decide again.
                watched = t;
                t.widthProperty().addListener(o -> requestLayout());
                row.widthProperty().addListener(o -> requestLayout());
                row.heightProperty().addListener(o -> requestLayout());
            }
            double rowHeight = row.getHeight();
            double free = row.getWidth() - row.snappedLeftInset() - row.snappedRightInset() - t.prefWidth(-1);
            corner.setVisible(free >= w + 2 * GAP && rowHeight >= h);
            corner.resizeRelocate(getWidth() - w - GAP, Math.max(0, (rowHeight - h) / 2), w, h);
        }
    }

    /**
     * A corner a panel without a tab row keeps free of its content, from its top left: the button lies at the
     * corner's right end, centred in its height. The timeline's is the corner above the lane names, beside the
     * time-zone caption, where no mark, day or lane name is ever drawn.
     */
    record Spot(double right, double height) {
    }

    private final StackPane workArea;
    private final Node splits;
    private final List<SplitPane> panes;
    private final List<Slot> slots = new ArrayList<>();
    private final BorderPane layer = new BorderPane();
    private final Label title = new Label();
    private final ReadOnlyBooleanWrapper enlarged = new ReadOnlyBooleanWrapper(false);
    private Slot shown;
    private Slot lastFocused;
    private double[][] dividers;

    /**
     * @param workArea the stack that holds {@code splits}; the enlarged panel is laid over them there
     * @param panes every split pane whose dividers must come back as they were
     */
    EnlargedPanel(StackPane workArea, Node splits, List<SplitPane> panes) {
        this.workArea = workArea;
        this.splits = splits;
        this.panes = List.copyOf(panes);
        layer.setId("enlarged-panel");
        title.setId("enlarged-title");
        Button back = new Button("Restore panels");
        back.setId("restore-panels");
        back.setFocusTraversable(false); // the keyboard stays in the panel; Esc and Ctrl+M do the same
        back.setOnAction(e -> restore());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, title, spacer, back);
        bar.setId("enlarged-bar");
        bar.getStyleClass().add("enlarged-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 8, 2, 10));
        layer.setTop(bar);
        // Esc leaves, as it leaves a full screen, before the panel's own Esc would let go of the selection
        // the user enlarged it to look at. A text field has its Esc first (a search box empties, a find
        // closes); an Esc it lets go on (an empty box, where the keyboard lands in the actors) leaves too.
        layer.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (plainEscape(e) && !(focusOwner() instanceof TextInputControl)) {
                restore();
                e.consume();
            }
        });
        layer.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (plainEscape(e)) {
                restore();
                e.consume();
            }
        });
        workArea.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.focusOwnerProperty().addListener((fo, before, focus) -> noteFocus(focus));
                // From outside the layer too, once nothing there took it: after "Show only what they share" the
                // keyboard was on the status bar's links, and Esc, however often pressed, left the panel enlarged.
                now.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                    if (shown != null && plainEscape(e)) {
                        restore();
                        e.consume();
                    }
                });
            }
        });
    }

    private static boolean plainEscape(KeyEvent e) {
        return e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
    }

    /**
     * Adds a panel that can be enlarged, named as its tab row shows it now; its tab row, if it has one,
     * enlarges it on a double click. The first panel added is the one enlarged before the keyboard is in any.
     */
    Slot slot(Supplier<String> name, Node panel, Node titleRow) {
        Slot slot = new Slot(name, panel);
        slots.add(slot);
        if (lastFocused == null) {
            lastFocused = slot;
        }
        if (titleRow != null) {
            slot.setCorner(enlargeButton(slot, "Enlarge this panel to the whole window (Ctrl+M, or double-click the tab row)"));
            titleRow.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && onTitle(e)) {
                    toggle(slot);
                    e.consume();
                }
            });
        }
        return slot;
    }

    /**
     * Adds a panel without a tab row (the timeline), its enlarge button in the corner {@code spot} it keeps free:
     * the tab rows had one, and the timeline, the panel most worth enlarging on a projector, had none.
     */
    Slot slot(Supplier<String> name, Node panel, Spot spot) {
        Slot slot = slot(name, panel, (Node) null);
        slot.spot = spot;
        slot.setCorner(enlargeButton(slot, "Enlarge the " + name.get()
                + " to the whole window (Ctrl+M, or double-click the row of days)"));
        // The row across its top (the corner and the days) is the timeline's tab row: a double click there enlarges
        // it and puts it back, as on the other panels'. Below it a double click is on a lane or a mark. The handler
        // is the panel's own, so it goes with the panel into the enlarged layer; a filter, as the timeline's skin
        // consumes every mouse event on its way up.
        panel.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()
                    && panel.sceneToLocal(e.getSceneX(), e.getSceneY()).getY() < spot.height()) {
                toggle(slot);
                e.consume();
            }
        });
        return slot;
    }

    private Button enlargeButton(Slot slot, String tip) {
        Button enlarge = new Button(null, new FontIcon(Material2MZ.OPEN_IN_FULL));
        enlarge.getStyleClass().addAll("flat", "enlarge-panel");
        enlarge.setFocusTraversable(false); // F6 and Tab walk the panels, not this; Ctrl+M is its key
        enlarge.setTooltip(new Tooltip(tip));
        enlarge.setAccessibleText(tip);
        enlarge.setOnAction(e -> enlarge(slot));
        return enlarge;
    }

    /** Whether the click fell on a tab row's free part or a tab's title, not in the panel's content. */
    private static boolean onTitle(MouseEvent e) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("tab-header-area")) {
                return true;
            }
            if (n.getStyleClass().contains("tab-content-area")) {
                return false;
            }
        }
        return false;
    }

    ReadOnlyBooleanProperty enlargedProperty() {
        return enlarged.getReadOnlyProperty();
    }

    /** Enlarges the panel the keyboard is in (or was last in), or puts the enlarged one back. */
    void toggle() {
        toggle(shown != null ? shown : lastFocused);
    }

    private void toggle(Slot slot) {
        if (shown != null) {
            restore();
        } else if (slot != null) {
            enlarge(slot);
        }
    }

    void enlarge(Slot slot) {
        if (shown != null || !slots.contains(slot)) {
            return;
        }
        Node focused = focusOwner();
        dividers = new double[panes.size()][];
        for (int i = 0; i < panes.size(); i++) {
            dividers[i] = panes.get(i).getDividerPositions().clone();
        }
        // The empty slot keeps the panel's minimum, so the splits behind the layer keep their shape.
        slot.setMinSize(slot.panel.minWidth(-1), slot.panel.minHeight(-1));
        slot.getChildren().remove(slot.panel);
        shown = slot;
        title.setText(capitalised(slot.name.get()) + " enlarged: Esc or Ctrl+M puts it back");
        layer.setCenter(slot.panel);
        splits.setVisible(false);
        workArea.getChildren().add(layer);
        enlarged.set(true);
        focusIn(slot.panel, focused);
    }

    void restore() {
        Slot slot = shown;
        if (slot == null) {
            return;
        }
        Node focused = focusOwner();
        layer.setCenter(null);
        workArea.getChildren().remove(layer);
        slot.getChildren().add(0, slot.panel);
        slot.setMinSize(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE);
        splits.setVisible(true);
        for (int i = 0; i < panes.size(); i++) {
            panes.get(i).setDividerPositions(dividers[i]);
        }
        shown = null;
        enlarged.set(false);
        focusIn(slot.panel, focused);
    }

    /**
     * Puts the panels back unless {@code node} is in the enlarged one: a panel asked for by its
     * shortcut (Alt+2 for the map while the timeline is enlarged) is hidden behind the layer.
     */
    void restoreUnlessShowing(Node node) {
        if (hides(node)) {
            restore();
        }
    }

    /** Whether {@code node} lies behind the enlarged panel, out of sight. */
    boolean hides(Node node) {
        return shown != null && !within(node, shown.panel);
    }

    /** The panel shown enlarged, or null. */
    Node enlargedPanel() {
        return shown == null ? null : shown.panel;
    }

    /** Back in the scene, the keyboard goes where it was, or into the panel: a node taken out loses the focus. */
    private static void focusIn(Node panel, Node focused) {
        if (focused != null && focused.getScene() != null && within(focused, panel)) {
            focused.requestFocus();
        } else {
            FirstControl.in(panel).orElse(panel).requestFocus();
        }
    }

    private void noteFocus(Node focus) {
        if (shown != null || focus == null) {
            return;
        }
        for (Slot slot : slots) {
            if (within(focus, slot)) {
                lastFocused = slot;
                return;
            }
        }
    }

    private Node focusOwner() {
        Scene scene = workArea.getScene();
        return scene == null ? null : scene.getFocusOwner();
    }

    private static boolean within(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
