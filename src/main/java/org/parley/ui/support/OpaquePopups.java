package org.parley.ui.support;

import java.util.function.Consumer;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Draws menus, combo lists and tooltips without their shadow and rounded corners where windows
 * cannot be see-through. Without a compositing window manager (openbox, i3, a bare X server) the
 * shadow's margin and the corners of a popup are painted white: in the dark theme every menu and
 * list had a white frame around it. JavaFX knows when windows cannot be transparent; only then is
 * the popup's content made to fill its window.
 */
public final class OpaquePopups {

    /** Inline, so it outranks the theme's own rules for the popup's frame. */
    static final String FILL_THE_WINDOW = "-fx-effect: null; -fx-background-radius: 0; -fx-border-radius: 0;";

    private OpaquePopups() {
    }

    /** Applies to every popup opened from now on, when this platform needs it. */
    public static void install() {
        if (Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW)) {
            return;
        }
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().stream()
                        .filter(PopupWindow.class::isInstance)
                        .forEach(OpaquePopups::fillTheWindow);
            }
        });
    }

    /**
     * The popup's frame is drawn by the control's stand-in under the scene's root (a tooltip, a
     * menu) or by the stand-in's own content (a combo box's list), whichever the theme styles.
     */
    static void fillTheWindow(Window popup) {
        if (popup.getScene() == null || popup.getScene().getRoot() == null) {
            return;
        }
        eachChild(popup.getScene().getRoot(), bridge -> {
            opaque(bridge);
            if (bridge instanceof Parent parent) {
                eachChild(parent, OpaquePopups::opaque);
            }
        });
    }

    /** Now and whenever one is added: a skin puts its content in as the popup first shows. */
    private static void eachChild(Parent parent, Consumer<Node> action) {
        parent.getChildrenUnmodifiable().forEach(action);
        parent.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(action);
            }
        });
    }

    private static void opaque(Node frame) {
        String style = frame.getStyle() == null ? "" : frame.getStyle();
        if (!style.contains(FILL_THE_WINDOW)) {
            frame.setStyle(style.isBlank() ? FILL_THE_WINDOW : style + " " + FILL_THE_WINDOW);
        }
    }
}
