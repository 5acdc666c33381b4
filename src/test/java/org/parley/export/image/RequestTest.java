package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parley.model.EventFilter;

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

    /** The view's margins beyond the explorer's time filter hold no chosen event: the image leaves them out. */
    @Test
    void theCurrentViewIsCutToTheTimeFilter() {
        TimeWindow view = new TimeWindow(Instant.parse("2022-01-08T06:00:00Z"), Instant.parse("2022-01-14T18:00:00Z"));
        Instant from = Instant.parse("2022-01-08T23:00:00Z");
        Instant to = Instant.parse("2022-01-13T23:00:00Z");
        ImageRequest r = ImageRequest.of(View.DASHBOARD, ImageFormat.PDF)
                .withFilter(EventFilter.NONE.withRange(from, to)).withCurrentView(view);
        assertEquals(new TimeWindow(from, to), r.effectiveWindow());
        // A view beside the filter's range, not over it, is shown as it is (its events are none either way).
        TimeWindow elsewhere = new TimeWindow(Instant.parse("2022-02-01T00:00:00Z"), Instant.parse("2022-02-02T00:00:00Z"));
        assertEquals(elsewhere, r.withCurrentView(elsewhere).effectiveWindow());
    }

    @Test
    void aBackwardRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ImageRequest.of(View.MAP, ImageFormat.SVG)
                .withRange(WeekData.WEEK_END, WeekData.WEEK_START));
    }
}
