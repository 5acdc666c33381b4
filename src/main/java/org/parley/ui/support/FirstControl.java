package org.parley.ui.support;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Where the keyboard goes when a panel is opened by its shortcut: the control its content names as
 * its main one ({@link #markMain}), else the first control Tab would visit. A panel's content is a
 * container that takes no focus, so the focus stayed on the tab row, where Down switched tabs.
 */
public final class FirstControl {
    private static final Object MAIN = new Object();

    private FirstControl() {
    }

    /** Names {@code main} as the control of {@code panel} the keyboard should land on (a list rather than its toolbar). */
    public static void markMain(Node panel, Node main) {
        panel.getProperties().put(MAIN, main);
    }

    public static Optional<Node> in(Node root) {
        if (root == null || !root.isVisible() || root.isDisabled()) {
            return Optional.empty();
        }
        if (root.getProperties().get(MAIN) instanceof Node main && main.getScene() != null) {
            Optional<Node> found = in(main);
            if (found.isPresent()) {
                return found;
            }
        }
        if (root.isFocusTraversable()) {
            return Optional.of(root);
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = in(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
