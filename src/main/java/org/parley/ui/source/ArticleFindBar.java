package org.parley.ui.source;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The reader's find field, shown by Ctrl+F in the Source tab: the words to find, "3 of 7" or
 * "No match", previous and next (Shift+Enter and Enter), and a close button (Esc). It only asks:
 * what a find does is the reader's.
 */
final class ArticleFindBar extends HBox {

    static final String STYLE_CLASS = "article-find-bar";
    static final String FIELD_ID = "article-find-field";
    private static final PseudoClass NO_MATCH = PseudoClass.getPseudoClass("no-match");

    /** What the bar asks of its reader. */
    interface Actions {
        void find(String words);

        void next();

        void previous();

        void close();
    }

    private final TextField field = new TextField();
    private final Label count = new Label();
    private final Button previous = new Button(null, new FontIcon(Material2AL.KEYBOARD_ARROW_UP));
    private final Button next = new Button(null, new FontIcon(Material2AL.KEYBOARD_ARROW_DOWN));
    private final Button close = new Button(null, new FontIcon(Material2AL.CLOSE));

    ArticleFindBar(Actions actions) {
        getStyleClass().add(STYLE_CLASS);
        field.setId(FIELD_ID);
        field.setPromptText("Find in the article");
        field.setPrefColumnCount(14);
        field.setMinWidth(80);
        HBox.setHgrow(field, Priority.ALWAYS);
        count.getStyleClass().add("article-find-count");
        // Whole, the field giving way: in a 1280×720 window's Source tab it read "No m…".
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        previous.setTooltip(new Tooltip("Previous match (Shift+Enter)"));
        next.setTooltip(new Tooltip("Next match (Enter)"));
        close.setTooltip(new Tooltip("Close (Esc)"));
        previous.setOnAction(e -> actions.previous());
        next.setOnAction(e -> actions.next());
        close.setOnAction(e -> actions.close());
        for (Button b : new Button[] {previous, next, close}) {
            b.getStyleClass().add("flat");
            b.setFocusTraversable(false);
        }
        field.textProperty().addListener((o, was, now) -> actions.find(now));
        // A filter: the field's own Enter and the window's Esc (which empties the app's search) come after.
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                if (e.isShiftDown()) {
                    actions.previous();
                } else {
                    actions.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                actions.close();
                e.consume();
            }
        });
        getChildren().addAll(field, count, previous, next, close);
    }

    TextField field() {
        return field;
    }

    /** Says where the reader is among the matches: nothing for no words, "No match", or "3 of 7". */
    void showCount(String words, int current, int total) {
        boolean none = !words.isBlank() && total == 0;
        count.setText(words.isBlank() ? "" : none ? "No match" : (current + 1) + " of " + total);
        count.pseudoClassStateChanged(NO_MATCH, none);
        previous.setDisable(total == 0);
        next.setDisable(total == 0);
    }

    String countText() {
        return count.getText();
    }

    /** Whether "3 of 7" or "No match" shows whole, not cut short; for tests. */
    boolean countWhole() {
        return count.getWidth() >= count.prefWidth(-1) - 0.5;
    }
}
