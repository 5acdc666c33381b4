package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.parley.ui.support.FxThreadRobot;

/** Text that cannot fit is shortened after a whole word, never inside one. */
@ExtendWith(FxThreadRobot.class)
class TextFitTest {

    private static final String TEXT = "diplomacy is the correct path forward, and the president of Russia will agree";
    private static final Font FONT = Font.font("DejaVu Sans", 22);

    @Start
    void start(Stage stage) {
        // The toolkit only.
    }

    @Test
    void aTextThatFitsIsKeptWhole(FxRobot robot) {
        String[] out = new String[1];
        robot.interact(() -> out[0] = new TextFit().shorten(TEXT, "\u201D", FONT, 2000, 100));
        assertEquals(TEXT + "\u201D", out[0]);
    }

    @Test
    void aTextTooLongForTwoLinesEndsAfterAWholeWordWithAnEllipsis(FxRobot robot) {
        String[] out = new String[1];
        double[] heights = new double[2];
        robot.interact(() -> {
            TextFit fit = new TextFit();
            double line = fit.lineHeight(FONT);
            out[0] = fit.shorten(TEXT, "\u201D", FONT, 300, 2 * line);
            heights[0] = fit.height(out[0], FONT, 300);
            heights[1] = 2 * line;
        });
        assertTrue(out[0].endsWith("\u2026\u201D"), out[0]);
        String head = out[0].substring(0, out[0].length() - 2);
        assertTrue(TEXT.startsWith(head) && head.length() < TEXT.length(), out[0]);
        assertTrue(!Character.isLetter(TEXT.charAt(head.length())), "cut inside a word: " + out[0]);
        assertTrue(!head.endsWith(","), "no comma before the ellipsis: " + out[0]);
        assertTrue(heights[0] <= heights[1], out[0] + " is " + heights[0] + " px high");
    }

    @Test
    void notEvenOneWordGivesNothing(FxRobot robot) {
        String[] out = new String[1];
        robot.interact(() -> out[0] = new TextFit().shorten(TEXT, "", FONT, 300, 5));
        assertEquals("", out[0]);
    }
}
