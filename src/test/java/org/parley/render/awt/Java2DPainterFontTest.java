package org.parley.render.awt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Font;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.parley.render.FontSpec;

/** Text the drawing font lacks is drawn in a face that has it, not as boxes. */
class Java2DPainterFontTest {

    private static final Font DEJAVU = new Font(FontSpec.SANS, Font.BOLD, 1).deriveFont(14f);

    @Test
    void textTheFontHasIsDrawnInIt() {
        assertSame(DEJAVU, Java2DPainter.faceFor(DEJAVU, "Geneva, Brussels, Vienna — переговоры"));
    }

    @Test
    void textItLacksIsDrawnInTheSystemsCompositeFaceAtTheSameSizeAndWeight() {
        Font face = Java2DPainter.faceFor(DEJAVU, "NATO 日本語の会議");
        assertEquals(Font.SANS_SERIF, face.getFamily(Locale.ROOT));
        assertEquals(14f, face.getSize2D());
        assertEquals(Font.BOLD, face.getStyle());
    }
}
