package org.parley.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private static final Instant T0 = Instant.parse("2022-01-09T00:00:00Z");

    @ParameterizedTest
    @ValueSource(doubles = {1_000, 60_000, 3_600_000, 86_400_000, 30 * 86_400_000d, 365 * 86_400_000d})
    void timeAndPixelRoundTripWithinAMillisecond(double millisPerPixel) {
        TimeScale s = TimeScale.of(T0, millisPerPixel, 1920);
        for (double x = -500; x <= 2500; x += 37.3) {
            Instant t = s.timeAt(x);
            assertEquals(x, s.xOf(t), 1.0 / millisPerPixel + 1e-9);
        }
        for (long d = 0; d < 1000; d += 7) {
            Instant t = T0.plus(Duration.ofMinutes(d * 13));
            assertTrue(Math.abs(Duration.between(t, s.timeAt(s.xOf(t))).toMillis()) <= 1);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.9, 1.1, 2, 10})
    void zoomKeepsTheTimeUnderTheAnchor(double factor) {
        TimeScale s = TimeScale.of(T0, 60_000, 1600);
        for (double x : new double[] {0, 333.3, 800, 1599}) {
            TimeScale z = s.zoomAbout(x, factor);
            assertEquals(s.millisAt(x), z.millisAt(x), 1e-3);
            assertEquals(s.millisPerPixel() / factor, z.millisPerPixel(), 1e-6);
        }
    }

    @Test
    void zoomIsClampedAndStillKeepsTheAnchor() {
        TimeScale s = TimeScale.of(T0, 2_000, 1000);
        TimeScale in = s.zoomAbout(250, 1_000);
        assertEquals(TimeScale.MIN_MILLIS_PER_PIXEL, in.millisPerPixel());
        assertEquals(s.millisAt(250), in.millisAt(250), 1e-3);
        TimeScale out = s.zoomAbout(250, 1e-12);
        assertEquals(TimeScale.MAX_MILLIS_PER_PIXEL, out.millisPerPixel());
    }

    @Test
    void panMovesContentWithThePointer() {
        TimeScale s = TimeScale.of(T0, 60_000, 1000);
        TimeScale p = s.panBy(100);
        assertEquals(s.xOf(T0) + 100, p.xOf(T0), 1e-9);
    }

    @Test
    void fitShowsTheRangeInsideThePadding() {
        Instant to = Instant.parse("2022-01-15T00:00:00Z");
        TimeScale s = TimeScale.fit(T0, to, 1600, 40);
        assertEquals(40, s.xOf(T0), 1e-6);
        assertEquals(1560, s.xOf(to), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> TimeScale.fit(to, T0, 1600, 0));
    }

    @Test
    void fitOfAnInstantIsCentredAtTheFinestZoom() {
        TimeScale s = TimeScale.fit(T0, T0, 1000, 10);
        assertEquals(TimeScale.MIN_MILLIS_PER_PIXEL, s.millisPerPixel());
        assertEquals(500, s.xOf(T0), 1e-6);
    }

    /** Longer than the coarsest zoom can show: the view opens where the range begins, not on its empty middle. */
    @Test
    void fitOfARangeTooLongStartsWhereItBegins() {
        Instant from = Instant.parse("2022-01-09T00:00:00Z");
        Instant to = Instant.parse("9999-12-31T00:00:00Z");
        TimeScale s = TimeScale.fit(from, to, 1000, 20);
        assertEquals(TimeScale.MAX_MILLIS_PER_PIXEL, s.millisPerPixel(), 1e-6);
        assertEquals(20, s.xOf(from), 1e-6);
        assertTrue(s.end().isBefore(to), "the rest lies to the right, to pan to");
    }

    @Test
    void revealPansOnlyWhenNeeded() {
        TimeScale s = TimeScale.of(T0, 60_000, 1000);
        Instant inside = T0.plus(Duration.ofMinutes(100));
        assertEquals(s, s.reveal(inside, inside.plus(Duration.ofMinutes(60)), 20));
        Instant after = T0.plus(Duration.ofMinutes(2000));
        TimeScale moved = s.reveal(after, after.plus(Duration.ofMinutes(60)), 20);
        assertEquals(980, moved.xOf(after.plus(Duration.ofMinutes(60))), 1e-6);
        Instant before = T0.minus(Duration.ofMinutes(500));
        assertEquals(20, s.reveal(before, before.plus(Duration.ofMinutes(5)), 20).xOf(before), 1e-6);
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(0, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(0, 1000, -1));
        assertThrows(IllegalArgumentException.class, () -> TimeScale.of(T0, 1000, 100).zoomAbout(0, 0));
    }
}
