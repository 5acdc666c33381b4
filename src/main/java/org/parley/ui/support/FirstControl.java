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

    /**
     * Puts the keyboard on {@code panel}'s control ({@link #in}), or on the panel when it has none. A panel made a
     * moment ago (a tab's, built the first time the tab is chosen) is styled first, see {@link #styleNow}: Alt+5 on a
     * fresh window had left the keyboard on the Filters pane, where the arrows and typing did nothing.
     */
    public static void focus(Node panel) {
        styleNow(panel);
        in(panel).orElse(panel).requestFocus();
    }

    /**
     * Gives a node just put in a scene its skins now rather than at the next pulse. Until a control has its skin it
     * holds none of its content (a ScrollPane's is added by its skin), so nothing in it can be found or take the
     * keyboard; a shortcut that makes a panel and asks for one of its controls at once comes before that pulse.
     * Cheap once styled: only what is not styled yet is.
     */
    public static void styleNow(Node node) {
        if (node.getScene() != null) {
            node.applyCss();
        }
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
