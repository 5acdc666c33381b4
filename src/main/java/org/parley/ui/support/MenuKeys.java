package org.parley.ui.support;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Window;

import java.util.Optional;

/**
 * The menu key and Shift+F10 open the right-click menu of what has the keyboard focus, in every
 * view at once. Under GTK (seen with openbox) JavaFX sends no context-menu request for either key,
 * so the menus of the map, the event table, the actor list, the source reader and the detail pane
 * could be reached with the mouse only. The keys are turned into the request a platform would send
 * (marked as from the keyboard, so a view puts its menu at its selected item); on a platform that
 * also sends its own, the second is dropped while the first menu shows: one menu, not two.
 */
public final class MenuKeys {

    /** How far into the focused item the menu opens: its left quarter, as JavaFX places keyboard menus. */
    private static final double INTO_ITEM = 0.25;

    private MenuKeys() {
    }

    public static void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (isMenuKey(e) && request(scene)) {
                e.consume();
            }
        });
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger() && !(e instanceof FromKeys) && menuShowing(scene.getWindow())) {
                e.consume();
            }
        });
    }

    static boolean isMenuKey(KeyEvent e) {
        return e.getCode() == KeyCode.CONTEXT_MENU
                || e.getCode() == KeyCode.F10 && e.isShiftDown() && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
    }

    /** Sends the request to the focused item (a list's or table's focused row, else the focus owner); false if none. */
    private static boolean request(Scene scene) {
        Node owner = scene.getFocusOwner();
        if (owner == null || menuShowing(scene.getWindow())) {
            return owner != null;
        }
        Node target = focusedCell(owner).orElse(owner);
        Bounds b = target.localToScene(target.getBoundsInLocal());
        double x = b.getMinX() + Math.min(b.getWidth() * INTO_ITEM, 48);
        double y = b.getMinY() + b.getHeight() / 2;
        Point2D screen = scene.getWindow() == null ? new Point2D(x, y)
                : new Point2D(scene.getWindow().getX() + scene.getX() + x, scene.getWindow().getY() + scene.getY() + y);
        Event.fireEvent(target, new FromKeys(x, y, screen.getX(), screen.getY(), new PickResult(target, x, y)));
        return true;
    }

    /** The row of a list, tree or table that has the keyboard focus, where its menu belongs. */
    private static Optional<Node> focusedCell(Node owner) {
        if (!(owner instanceof Parent parent)) {
            return Optional.empty();
        }
        return parent.lookupAll(".indexed-cell").stream()
                .filter(n -> n instanceof Cell<?> c && c.isFocused() && c.isVisible() && !c.isEmpty())
                .findFirst();
    }

    private static boolean menuShowing(Window window) {
        return Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu m && m.isShowing() && m.getOwnerWindow() == window);
    }

    /** The request made here from a key, told apart from the platform's own. */
    private static final class FromKeys extends ContextMenuEvent {
        private static final long serialVersionUID = 1L;

        FromKeys(double x, double y, double screenX, double screenY, PickResult pick) {
            super(CONTEXT_MENU_REQUESTED, x, y, screenX, screenY, true, pick);
        }
    }
}
