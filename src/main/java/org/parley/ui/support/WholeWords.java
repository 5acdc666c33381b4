package org.parley.ui.support;

import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * A wrapping label that breaks only between words: never narrower than its longest word in its own
 * font. Squeezed beside another label, a wrapping one had broken "Statement" into "Stat", "em", "ent".
 */
public final class WholeWords {

    private WholeWords() {
    }

    /** Wraps {@code label} at spaces only, its minimum width following its text and font. */
    public static Label keep(Label label) {
        label.setWrapText(true);
        Runnable fit = () -> label.setMinWidth(Math.ceil(longestWordWidth(label)) + label.snappedLeftInset()
                + label.snappedRightInset() + 1);
        label.textProperty().addListener(o -> fit.run());
        label.fontProperty().addListener(o -> fit.run());
        fit.run();
        return label;
    }

    /** The width of the label's longest word in its font, in px. */
    public static double longestWordWidth(Label label) {
        double widest = 0;
        Text probe = new Text();
        probe.setFont(label.getFont());
        for (String word : (label.getText() == null ? "" : label.getText()).split("\\s+")) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }
}
