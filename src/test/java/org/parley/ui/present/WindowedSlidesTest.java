package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowedSlidesTest {

    /** A projector's screen: the window out of full screen, its frame included, fits it whole. */
    @ParameterizedTest
    @CsvSource({"1280, 720", "1366, 768", "1024, 768", "1280, 800"})
    void theWindowAndItsFrameFitTheScreen(double width, double height) {
        Dimension2D size = WindowedSlides.within(new Rectangle2D(0, 0, width, height));
        assertTrue(size.getHeight() + WindowedSlides.FRAME <= height, "height " + size.getHeight() + " on " + height);
        assertTrue(size.getWidth() <= width, "width " + size.getWidth() + " on " + width);
        assertEquals(16.0 / 9, size.getWidth() / size.getHeight(), 0.01, "the slides' own shape");
    }

    /** A large screen's window is the slides' usual 1280 × 720, not the whole screen: full screen is F11. */
    @ParameterizedTest
    @CsvSource({"1920, 1080", "1920, 1040"})
    void onALargeScreenTheWindowIs720pHigh(double width, double height) {
        Dimension2D size = WindowedSlides.within(new Rectangle2D(0, 0, width, height));
        assertEquals(1280, size.getWidth());
        assertEquals(720, size.getHeight());
    }
}
