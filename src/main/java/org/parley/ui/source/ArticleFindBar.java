package org.parley.ui.source;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The reader's find field, shown by Ctrl+F in the Source tab: the words to find, "3 of 7" or
 * "No match", where another paper has them ("2 in New York Times", a link), previous and next
 * (Shift+Enter and Enter, or Shift+F3 and F3), and a close button (Esc). It only asks:
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

        /** Turns to the other paper that has the words and shows its first match. */
        void elsewhere();
    }

    private final TextField field = new TextField();
    private final Label count = new Label();
    /** "2 in New York Times": the words found in a paper not shown; a click (or Enter, with none here) turns to it. */
    private final Hyperlink elsewhere = new Hyperlink();
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
        count.setMinWidth(Region.USE_PREF_SIZE);
        elsewhere.getStyleClass().add("article-find-elsewhere");
        elsewhere.setFocusTraversable(false); // the field keeps the keys: Enter goes on from there
        elsewhere.setOnAction(e -> {
            elsewhere.setVisited(false);
            actions.elsewhere();
        });
        showElsewhere(null, 0);
        previous.setTooltip(new Tooltip("Previous match (Shift+Enter, Shift+F3)"));
        next.setTooltip(new Tooltip("Next match (Enter, F3)"));
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
                if (next.isDisabled() && elsewhere.isVisible()) {
                    actions.elsewhere();
                } else if (e.isShiftDown()) {
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
        getChildren().addAll(field, count, elsewhere, previous, next, close);
    }

    TextField field() {
        return field;
    }

    /**
     * Says where the reader is among the matches: nothing for no words, "No match" (or "No match here"
     * when another paper has the words: see {@link #showElsewhere}), or "3 of 7".
     */
    void showCount(String words, int current, int total) {
        boolean none = !words.isBlank() && total == 0;
        count.setText(words.isBlank() ? "" : none ? (elsewhere.isVisible() ? "No match here" : "No match")
                : (current + 1) + " of " + total);
        count.pseudoClassStateChanged(NO_MATCH, none);
        previous.setDisable(total == 0);
        next.setDisable(total == 0);
        // Beside this paper's own count the other's gives way first ("8 in New York…", whole in its tooltip),
        // before the close button is pushed out of a narrow pane; alone, it is the answer and stays whole.
        elsewhere.setMinWidth(none ? Region.USE_PREF_SIZE : 0);
        // Stepping has nowhere to go: the buttons give their room to the way to the other paper.
        boolean step = !(none && elsewhere.isVisible());
        previous.setVisible(step);
        previous.setManaged(step);
        next.setVisible(step);
        next.setManaged(step);
    }

    /**
     * Names the paper not shown that has the words, {@code publisher} with {@code total} matches, or
     * says nothing ({@code publisher} null or {@code total} 0). Call before {@link #showCount}.
     */
    void showElsewhere(String publisher, int total) {
        boolean shown = publisher != null && total > 0;
        elsewhere.setVisible(shown);
        elsewhere.setManaged(shown);
        if (shown) {
            String name = publisher.replaceFirst("^(?i)the\\s+", "");
            elsewhere.setText(total + " in " + (name.isBlank() ? publisher : name));
            elsewhere.setTooltip(new Tooltip((total == 1 ? "Show the match" : "Show the first of " + total + " matches")
                    + " in " + publisher));
        }
    }

    /**
     * Says that stepping came round, to the first match ({@code toFirst}) or the last: "1 of 4 · from the top".
     * Call after {@link #showCount}, which says the count alone again.
     */
    void sayCameRound(boolean toFirst) {
        count.setText(count.getText() + (toFirst ? " \u00B7 from the top" : " \u00B7 from the end"));
    }

    /** The link to the other paper's matches, as it reads, or "" when none shows; for tests. */
    String elsewhereText() {
        return elsewhere.isVisible() ? elsewhere.getText() : "";
    }

    String countText() {
        return count.getText();
    }

    /** Whether "3 of 7" or "No match" shows whole, not cut short; for tests. */
    boolean countWhole() {
        return count.getWidth() >= count.prefWidth(-1) - 0.5;
    }
}
