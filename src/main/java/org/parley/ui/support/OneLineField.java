package org.parley.ui.support;

import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import org.parley.seed.Printable;

/**
 * Makes a text field take one line of text, as the command line's {@code --title} does: a line break
 * or tab pasted in becomes a space (a text field had dropped it, running "Line1" and "Line2" into one
 * word), and characters a figure would obey rather than show (terminal escapes, bidi overrides that
 * draw the text reversed) are left out. At most {@code longest} characters go in.
 */
public final class OneLineField {

    private OneLineField() {
    }

    public static void limit(TextField field, int longest) {
        field.setTextFormatter(new TextFormatter<String>(change -> {
            if (!change.isContentChange()) {
                return change;
            }
            String typed = oneLine(change.getText());
            int room = longest - (change.getControlText().length() - (change.getRangeEnd() - change.getRangeStart()));
            if (typed.length() > room) {
                int cut = Math.max(0, room);
                // Never half of a character written as two chars (an emoji, say).
                if (cut > 0 && Character.isHighSurrogate(typed.charAt(cut - 1))) {
                    cut--;
                }
                typed = typed.substring(0, cut);
            }
            int caret = change.getRangeStart() + typed.length();
            change.setText(typed);
            change.selectRange(caret, caret);
            return change;
        }));
    }

    /** {@code text} as one line: line breaks and tabs as spaces, other control and bidi-override characters left out. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else if (!Printable.isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
