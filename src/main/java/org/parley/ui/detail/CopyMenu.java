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
import java.util.function.Supplier;

/**
 * Labels cannot be selected, so the detail pane offers copying instead: the passage under the
 * pointer, the event with the papers' words, each credited to its paper and day (as the event
 * table copies it, ready for a citation), or every line of the pane in reading order.
 */
final class CopyMenu {

    private CopyMenu() {
    }

    /** @param papersWords the shown event with its papers' words ({@code PapersWords}), "" for none */
    static void install(Parent content, Supplier<String> papersWords) {
        MenuItem copyOne = new MenuItem("Copy", new FontIcon(Material2OutlinedAL.CONTENT_COPY));
        // The one dated citation had been the event table's: "Copy" gave a passage and its paper, no day.
        MenuItem copyWords = new MenuItem("Copy with the papers' words");
        MenuItem copyAll = new MenuItem("Copy all details");
        ContextMenu menu = new ContextMenu(copyOne, copyWords, copyAll);
        copyWords.setOnAction(e -> TextClipboard.put(papersWords.get()));
        copyAll.setOnAction(e -> TextClipboard.put(textOf(content)));
        content.setOnContextMenuRequested(e -> {
            Labeled under = labeledAt(e.getPickResult().getIntersectedNode());
            copyOne.setDisable(under == null);
            copyWords.setDisable(papersWords.get().isEmpty());
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
        if (node.getProperties().get(Paged.NOT_SHOWN) instanceof Supplier<?> notShown) {
            // A "Show 50 more" link: the lines it stands for are copied in its place.
            for (Object line : (List<?>) notShown.get()) {
                collect((Node) line, lines);
            }
        } else if (node instanceof Labeled l) {
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
