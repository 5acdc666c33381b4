package org.parley.ui.support;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

import java.util.List;

/**
 * Hides a tooltip shown by hand ({@code tooltip.show(node, x, y)}) when its window loses the
 * focus or another window opens, a menu's among them: a dialog opened from the keyboard (F5 over the timeline) otherwise kept the tooltip of
 * the event under the pointer on top of its own choices. It also goes when its window moves or changes size, or its
 * owner leaves the scene (a panel enlarged or put back): a tooltip stays where it was shown on the screen, and the
 * map's name for a place reached by the arrow keys was left floating outside a window un-maximized under it.
 */
public final class HideWithWindow {

    private final PopupWindow popup;
    private final ChangeListener<Boolean> focusLost;
    private final ListChangeListener<Window> windowOpened;
    private final InvalidationListener moved;
    private Window watched;
    private Node watchedOwner;

    public HideWithWindow(PopupWindow popup) {
        this.popup = popup;
        this.focusLost = (o, was, now) -> {
            if (!now) {
                popup.hide();
            }
        };
        // A window opened over this one (a dialog) may not take the focus first on every system. A menu
        // too: Alt+F over the actor network had left a line's tooltip floating over the File menu, a window
        // of its own. Only the popup itself, shown again, is no reason to go.
        // Weakly held by the global list, so a view that is gone takes its popup with it.
        this.windowOpened = change -> {
            while (change.next()) {
                if (change.wasAdded() && change.getAddedSubList().stream().anyMatch(w -> w != popup)) {
                    // Not while the window list is changing: hiding takes the popup out of it.
                    Platform.runLater(popup::hide);
                }
            }
        };
        Window.getWindows().addListener(new WeakListChangeListener<>(windowOpened));
        this.moved = o -> {
            // Read, or an invalidation listener hears of no further change: only the first move would hide it.
            if (o instanceof ObservableValue<?> value) {
                value.getValue();
            }
            popup.hide();
        };
    }

    /** Call when the popup is shown for {@code owner}: watches the owner's window from then on. */
    public void watch(Node owner) {
        if (owner != watchedOwner) {
            if (watchedOwner != null) {
                watchedOwner.sceneProperty().removeListener(moved);
            }
            watchedOwner = owner;
            owner.sceneProperty().addListener(moved);
        }
        Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
        if (window == watched) {
            return;
        }
        if (watched != null) {
            watched.focusedProperty().removeListener(focusLost);
            for (Observable bound : bounds(watched)) {
                bound.removeListener(moved);
            }
        }
        watched = window;
        if (window != null) {
            window.focusedProperty().addListener(focusLost);
            for (Observable bound : bounds(window)) {
                bound.addListener(moved);
            }
        }
    }

    private static List<Observable> bounds(Window window) {
        return List.of(window.xProperty(), window.yProperty(), window.widthProperty(), window.heightProperty());
    }
}
