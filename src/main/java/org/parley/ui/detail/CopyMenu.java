package org.parley.ui.detail;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.parley.ui.support.TextClipboard;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.ArrayList;
import java.util.List;

/**
 * Labels cannot be selected, so the detail pane offers copying instead: the passage under the
 * pointer, or every line of the pane in reading order.
 */
final class CopyMenu {

    private CopyMenu() {
    }

    static void install(Parent content) {
        MenuItem copyOne = new MenuItem("Copy", new FontIcon(Material2OutlinedAL.CONTENT_COPY));
        MenuItem copyAll = new MenuItem("Copy all details");
        ContextMenu menu = new ContextMenu(copyOne, copyAll);
        copyAll.setOnAction(e -> TextClipboard.put(textOf(content)));
        content.setOnContextMenuRequested(e -> {
            Labeled under = labeledAt(e.getPickResult().getIntersectedNode());
            copyOne.setDisable(under == null);
            copyOne.setOnAction(a -> TextClipboard.put(under == null ? "" : under.getText()));
            menu.show(content, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** Every label's text under {@code root}, one per line, in reading order. */
    static String textOf(Node root) {
        List<String> lines = new ArrayList<>();
        collect(root, lines);
        return String.join("\n", lines);
    }

    private static void collect(Node node, List<String> lines) {
        if (node instanceof Labeled l) {
            if (l.getText() != null && !l.getText().isBlank()) {
                lines.add(l.getText());
            }
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, lines));
        }
    }

    private static Labeled labeledAt(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Labeled l) {
                return l;
            }
        }
        return null;
    }
}
