package org.parley.ui.support;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the window opens, for remembered bounds that do and do not fit today's screens. */
class WindowBoundsTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1280, 720);
    private static final Rectangle2D MONITOR_RIGHT = new Rectangle2D(1366, 0, 1920, 1080);

    private static Optional<WindowBounds> saved(double x, double y, double w, double h, boolean maximized) {
        return Optional.of(new WindowBounds(new Rectangle2D(x, y, w, h), maximized));
    }

    @Test
    void aFirstStartFillsThePrimaryScreen() {
        WindowBounds b = WindowBounds.choose(Optional.empty(), List.of(PROJECTOR));
        assertTrue(b.maximized());
        assertEquals(PROJECTOR, b.bounds(), "without a window manager the normal bounds fill the screen too");
    }

    @Test
    void boundsThatFitAreKept() {
        Optional<WindowBounds> s = saved(40, 30, 1200, 700, false);
        assertEquals(s.get(), WindowBounds.choose(s, List.of(LAPTOP)));
    }

    @Test
    void aTinyWindowIsForgotten() {
        // What the window manager's 200×200 default left behind in an earlier version.
        WindowBounds b = WindowBounds.choose(saved(1, 20, 202, 225, false), List.of(LAPTOP));
        assertEquals(WindowBounds.fill(LAPTOP), b);
    }

    @Test
    void boundsFromABiggerScreenAreForgotten() {
        WindowBounds b = WindowBounds.choose(saved(0, 0, 1920, 1080, false), List.of(LAPTOP));
        assertEquals(WindowBounds.fill(LAPTOP), b);
    }

    @Test
    void boundsOnAScreenThatIsGoneAreForgotten() {
        Optional<WindowBounds> onMonitor = saved(1500, 50, 1400, 900, false);
        assertEquals(onMonitor.get(), WindowBounds.choose(onMonitor, List.of(LAPTOP, MONITOR_RIGHT)));
        assertEquals(WindowBounds.fill(LAPTOP), WindowBounds.choose(onMonitor, List.of(LAPTOP)));
    }

    @Test
    void aWindowHalfOffTheScreenIsForgotten() {
        assertFalse(new WindowBounds(new Rectangle2D(800, 0, 1200, 700), false).fits(List.of(LAPTOP)));
        assertTrue(new WindowBounds(new Rectangle2D(-1, -1, 1200, 700), false).fits(List.of(LAPTOP)),
                "a pixel of window-manager slack is fine");
    }

    @Test
    void aMaximizedWindowOpensMaximizedAgain() {
        Optional<WindowBounds> s = saved(20, 20, 1100, 650, true);
        assertTrue(WindowBounds.choose(s, List.of(LAPTOP)).maximized());
    }
}
