package org.parley.ui.canvas;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Drawn widths of texts, remembered across frames. Placing the labels of a zoomed-out timeline
 * measures thousands of titles and their shortened forms every frame, and each measurement asks
 * a JavaFX text node to lay itself out; the same titles come back frame after frame, so a pan or
 * zoom frame mostly finds them here. JavaFX thread only, as the canvases it serves.
 */
final class TextWidths {

    /** Per font: enough for every title of a large dataset and its usual shortenings; a few MB each. */
    private static final int MAX_ENTRIES = 50_000;

    /** Fonts remembered: slides scale their type with the window, so sizes come and go. */
    private static final int MAX_FONTS = 16;

    private static final Map<Font, Map<String, Double>> BY_FONT = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Font, Map<String, Double>> eldest) {
            return size() > MAX_FONTS;
        }
    };
    /** The font asked for last, and its widths: a painter measures many texts in one font in a row. */
    private static Font lastFont;
    private static Map<String, Double> lastWidths;

    private TextWidths() {
    }

    /** The width {@code measurer} lays {@code text} out at in {@code font}. */
    static double of(Text measurer, Font font, String text) {
        if (font != lastFont) {
            lastWidths = BY_FONT.computeIfAbsent(font, f -> new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
                    return size() > MAX_ENTRIES;
                }
            });
            lastFont = font;
        }
        Double known = lastWidths.get(text);
        if (known != null) {
            return known;
        }
        measurer.setFont(font);
        measurer.setText(text);
        double width = measurer.getLayoutBounds().getWidth();
        lastWidths.put(text, width);
        return width;
    }

    /** How many fonts' widths are kept (for tests: it stays bounded however often the type is resized). */
    static int fontsRemembered() {
        return BY_FONT.size();
    }
}
