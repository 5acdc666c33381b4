package org.parley.ui.support;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Hides a tooltip shown by hand ({@code tooltip.show(node, x, y)}) when its window loses the
 * focus or another window opens: a dialog opened from the keyboard (F5 over the timeline) otherwise kept the tooltip of
 * the event under the pointer on top of its own choices.
 */
public final class HideWithWindow {

    private final PopupWindow popup;
    private final ChangeListener<Boolean> focusLost;
    private final javafx.collections.ListChangeListener<Window> windowOpened;
    private Window watched;

    public HideWithWindow(PopupWindow popup) {
        this.popup = popup;
        this.focusLost = (o, was, now) -> {
            if (!now) {
                popup.hide();
            }
        };
        // A window opened over this one (a dialog) may not take the focus first on every system.
        // Weakly held by the global list, so a view that is gone takes its popup with it.
        this.windowOpened = change -> {
            while (change.next()) {
                if (change.wasAdded() && change.getAddedSubList().stream().anyMatch(w -> !(w instanceof PopupWindow))) {
                    // Not while the window list is changing: hiding takes the popup out of it.
                    javafx.application.Platform.runLater(popup::hide);
                }
            }
        };
        Window.getWindows().addListener(new javafx.collections.WeakListChangeListener<>(windowOpened));
    }

    /** Call when the popup is shown for {@code owner}: watches the owner's window from then on. */
    public void watch(Node owner) {
        Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
        if (window == watched) {
            return;
        }
        if (watched != null) {
            watched.focusedProperty().removeListener(focusLost);
        }
        watched = window;
        if (window != null) {
            window.focusedProperty().addListener(focusLost);
        }
    }
}
