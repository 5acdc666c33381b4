package org.parley.ui.support;

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

    private SuperKeys() {
    }

    /** Keeps keys held with Super, and Super itself, from everything in {@code window}. */
    public static void install(Window window) {
        if (META_IS_SHORTCUT) {
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
