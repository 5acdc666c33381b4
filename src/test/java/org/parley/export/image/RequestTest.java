package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The request's rules: sizes, ranges, and which window wins. */
class RequestTest {

    @Test
    void sizingScalesOrHitsTheExactWidth() {
        assertEquals(2.0, Sizing.scale(2).factor(1600));
        assertEquals(2.4, Sizing.width(3840).factor(1600), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> Sizing.scale(0));
        assertThrows(IllegalArgumentException.class, () -> Sizing.width(100_000));
    }

    @Test
    void currentViewWinsOverFromAndTo() {
        TimeWindow view = new TimeWindow(Instant.parse("2022-01-12T00:00:00Z"), Instant.parse("2022-01-13T00:00:00Z"));
        ImageRequest r = ImageRequest.of(View.TIMELINE, ImageFormat.PNG)
                .withRange(WeekData.WEEK_START, WeekData.WEEK_END).withCurrentView(view);
        assertEquals(view, r.effectiveWindow());
        assertEquals(view.start(), r.filter().from());
    }

    @Test
    void aBackwardRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ImageRequest.of(View.MAP, ImageFormat.SVG)
                .withRange(WeekData.WEEK_END, WeekData.WEEK_START));
    }
}
