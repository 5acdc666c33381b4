package org.parley.render.map;

import java.util.HashMap;
import java.util.Map;
import org.parley.render.FontSpec;
import org.parley.render.Painter;

/**
 * Text widths for label placement, measured once per text and font and then remembered: a pan
 * frame places the same few hundred names again, and measuring text on the JavaFX canvas costs a
 * layout pass each time.
 */
final class TextMetrics {

    private static final int MAX_ENTRIES = 20_000;

    private final Map<FontSpec, Map<String, Double>> widths = new HashMap<>();

    /** Width of {@code text} in {@code font}, measured with the painter on first use. Leaves the painter's font set to {@code font}. */
    double width(Painter painter, FontSpec font, String text) {
        Map<String, Double> byText = widths.computeIfAbsent(font, f -> new HashMap<>());
        Double known = byText.get(text);
        if (known != null) {
            return known;
        }
        if (byText.size() > MAX_ENTRIES) {
            byText.clear();
        }
        painter.setFont(font);
        double w = painter.textWidth(text);
        byText.put(text, w);
        return w;
    }

    /** The painters' ascent is a fixed share of the font size. */
    static double ascent(FontSpec font) {
        return font.size() * 0.72;
    }
}
