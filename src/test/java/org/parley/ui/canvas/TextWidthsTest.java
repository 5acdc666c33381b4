package org.parley.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.canvas.Canvas;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.render.FontSpec;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Remembered widths are the widths JavaFX lays the texts out at, per font. */
@ExtendWith(FxThreadRobot.class)
class TextWidthsTest {

    private static double laidOut(Font font, String text) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void aPainterMeasuresAsATextNodeLaysOutInEachFontAndAgainFromMemory() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            FxPainter p = new FxPainter(new Canvas(10, 10).getGraphicsContext2D());
            String title = "Sherman: Russia must decide whether it wants security or a pretext";
            p.setFont(FontSpec.sans(11.5));
            double small = p.textWidth(title);
            p.setFont(FontSpec.sansBold(18));
            double big = p.textWidth(title);
            Font smallFont = Font.font(FontSpec.sans(11.5).family(), 11.5);
            assertEquals(laidOut(smallFont, title), small, 0.01);
            assertTrue(big > small * 1.4, big + " vs " + small);
            // Asked again in another font order, each font still gets its own width.
            p.setFont(FontSpec.sans(11.5));
            assertEquals(small, p.textWidth(title), 0.0);
            assertEquals(laidOut(smallFont, title + "…"), p.textWidth(title + "…"), 0.01);
            return null;
        }).get();
    }

    @Test
    void resizingTheTypeAgainAndAgainKeepsABoundedNumberOfFonts() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            FxPainter p = new FxPainter(new Canvas(10, 10).getGraphicsContext2D());
            // A slide's type follows the window's height: every resize step is a new size.
            for (int px = 12; px < 112; px++) {
                p.setFont(FontSpec.sans(px));
                assertEquals(laidOut(Font.font(FontSpec.sans(px).family(), px), "Wed 12 Jan"), p.textWidth("Wed 12 Jan"), 0.01);
            }
            assertTrue(TextWidths.fontsRemembered() <= 16, TextWidths.fontsRemembered() + " fonts kept");
            return null;
        }).get();
    }
}
