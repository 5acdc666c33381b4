package org.parley.ui.present;

import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.text.Font;

import java.util.Arrays;

/**
 * Measures wrapped text the way a wrapping label lays it out, and shortens it at a word boundary
 * when it cannot fit: a slide never shows a word cut in half.
 */
final class TextFit {

    static final String ELLIPSIS = "\u2026";
    // A label, not a Text: a label's lines are a few px taller than a Text's. It must stand in the
    // slide (unmanaged, invisible) so the same style sheets reach it and it measures as the slide's do.
    private final Label probe = new Label();

    TextFit() {
        probe.setWrapText(true);
        probe.setManaged(false);
        probe.setVisible(false);
        probe.setSkin(new LabelSkin(probe));
    }

    /** The invisible label that measures; add it to the slide. */
    Label probe() {
        return probe;
    }

    /** The height of {@code text} in {@code font} wrapped at {@code width}; 0 for no text. */
    double height(String text, Font font, double width) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        probe.setFont(font);
        probe.setText(text);
        return Math.ceil(probe.prefHeight(Math.max(1, width)));
    }

    /** The width of {@code text} in {@code font} on one line, as a label draws it; 0 for no text. */
    double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        probe.setFont(font);
        probe.setText(text);
        return Math.ceil(probe.prefWidth(-1));
    }

    /** The height of one line in {@code font}. */
    double lineHeight(Font font) {
        return height("Xg", font, 10_000);
    }

    /**
     * The longest run of {@code text}'s first words, closed by an ellipsis and {@code closing}, that
     * fits {@code maxHeight} at {@code width}; the whole text when it fits; empty when not even the
     * first word does.
     */
    String shorten(String text, String closing, Font font, double width, double maxHeight) {
        if (height(text + closing, font, width) <= maxHeight) {
            return text + closing;
        }
        String[] words = text.split(" ");
        int lo = 0;
        int hi = words.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (height(cut(words, mid) + closing, font, width) <= maxHeight) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : cut(words, lo) + closing;
    }

    /** The first {@code count} words, without the comma or stop that ended the last, and an ellipsis. */
    private static String cut(String[] words, int count) {
        String head = String.join(" ", Arrays.copyOf(words, count));
        return head.replaceAll("[\\s,;:.\u2014\u2013-]+$", "") + ELLIPSIS;
    }
}
