package org.parley.ui.support;

import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Keys held with Super (the Windows key) belong to the window manager: Super+arrows tile the window,
 * Super+a letter starts a program. Parley gives them no meaning, yet its panels read the key under the
 * modifier: Super+Right, tiling the window, also moved the timeline's selection, and in a presentation
 * it turned the slide. A window keeps them from its panels (on a Mac, Meta is Command, Parley's own
 * shortcut key, and passes).
 */
public final class SuperKeys {

    /** Whether Meta is this platform's shortcut key (Command on a Mac); then it is Parley's, not the window manager's. */
    private static final boolean META_IS_SHORTCUT = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.A,
            false, false, false, true).isShortcutDown();

    private static boolean everywhere;

    private SuperKeys() {
    }

    /**
     * Keeps keys held with Super from every window the application shows, from now on; once only. Parley's
     * dialogs read keys too: Enter anywhere, and a clicker's Page Down and F5 in the Present dialog, answer
     * with their default button, so Super+Enter (a terminal, on many tiling desktops) started an export or
     * a presentation as the window manager took it.
     */
    public static void installEverywhere() {
        if (META_IS_SHORTCUT || everywhere) {
            return;
        }
        everywhere = true;
        Window.getWindows().forEach(SuperKeys::install);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(SuperKeys::install);
            }
        });
    }

    /** Keeps keys held with Super, and Super itself, from everything in {@code window}. */
    public static void install(Window window) {
        // Once a window: the main window installs it itself, and the listener of every window sees it too.
        if (META_IS_SHORTCUT || window.getProperties().putIfAbsent(SuperKeys.class, Boolean.TRUE) != null) {
            return;
        }
        // On the window, before its scene: the scene's own filters (a presentation's keys) never see them.
        EventHandler<KeyEvent> drop = e -> {
            if (isSuper(e)) {
                e.consume();
            }
        };
        window.addEventFilter(KeyEvent.ANY, drop);
    }

    static boolean isSuper(KeyEvent e) {
        // Super alone would bring back a blanked slide or close the list of keys; pressed, its own event is not "held".
        return e.isMetaDown() || e.getCode() == KeyCode.WINDOWS || e.getCode() == KeyCode.META;
    }
}
