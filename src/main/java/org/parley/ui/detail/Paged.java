package org.parley.ui.detail;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.Pane;
import org.parley.model.CountText;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A list of the detail pane shown a page at a time: the first {@value #AT_ONCE} lines, then a link
 * for the next page that says how many are not shown. An event a generated or careless dataset gave
 * thousands of participants, quotes or passages made a node for each at once, twice for the papers'
 * columns, and the window froze for a minute when it was selected.
 */
final class Paged {

    static final int AT_ONCE = 50;
    /** Style class of every "Show 50 more" link. */
    static final String MORE = "detail-more";
    /** The link's property that makes the lines not shown yet, for "Copy all details". */
    static final String NOT_SHOWN = "parley.detail-not-shown";

    private Paged() {
    }

    /**
     * Adds the first page of {@code items} to {@code box}, after what it holds, each made by
     * {@code line}; {@code noun} counts what is left ("passage": "120 passages not shown"), and
     * {@code styleClass} marks the link besides {@link #MORE}.
     */
    static <T> void append(Pane box, List<T> items, Function<? super T, ? extends Node> line, String noun,
                           String styleClass) {
        Hyperlink more = new Hyperlink();
        more.getStyleClass().addAll(MORE, styleClass);
        int[] shown = {0};
        Runnable nextPage = () -> {
            box.getChildren().remove(more);
            int to = Math.min(items.size(), shown[0] + AT_ONCE);
            for (T item : items.subList(shown[0], to)) {
                box.getChildren().add(line.apply(item));
            }
            shown[0] = to;
            int left = items.size() - to;
            if (left > 0) {
                more.setText("Show " + CountText.number(Math.min(left, AT_ONCE)) + " more ("
                        + CountText.count(left, noun) + " not shown)");
                // Copying all details copies every line, not only the page shown: made only when copied.
                List<T> rest = items.subList(to, items.size());
                more.getProperties().put(NOT_SHOWN, (Supplier<List<Node>>) () -> rest.stream().<Node>map(line).toList());
                box.getChildren().add(more);
            }
        };
        more.setOnAction(e -> {
            nextPage.run();
            // Taken out and put back at the end, the link would drop the keyboard's focus it was fired with.
            if (more.getParent() != null) {
                more.requestFocus();
            }
        });
        nextPage.run();
    }
}
