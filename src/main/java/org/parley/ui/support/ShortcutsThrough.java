package org.parley.ui.support;

import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Lets the window's shortcuts (F1, Ctrl+Q, Ctrl+F…) work while a control that takes every key
 * has the focus. ControlsFX's range slider consumes all key presses, not only the ones that move
 * it, so the menu's accelerators, which JavaFX runs only for a key nobody consumed, never ran.
 */
public final class ShortcutsThrough {

    private static final Set<KeyCode> OWN_KEYS = Set.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN,
            KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.TAB, KeyCode.SPACE, KeyCode.ENTER);

    private ShortcutsThrough() {
    }

    /** Runs the scene's accelerator for any key press on {@code node} that the node has no use for. */
    public static void install(Node node) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Scene scene = node.getScene();
            if (scene == null || OWN_KEYS.contains(e.getCode()) && !e.isShortcutDown() && !e.isAltDown()) {
                return;
            }
            for (Map.Entry<KeyCombination, Runnable> shortcut : Map.copyOf(scene.getAccelerators()).entrySet()) {
                if (shortcut.getKey().match(e)) {
                    e.consume();
                    shortcut.getValue().run();
                    return;
                }
            }
        });
    }
}
