package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;

/**
 * A preview draws only what its pane shows. Twenty thousand events in one week make a timeline 1600 ×
 * 333,628 px: the preview drew all of it, 520 × 108,429 px after a quarter of a minute, shown one
 * pixel wide in the pane.
 */
class PreviewsTest {

    private static final int WIDTH = 520;
    private static final double PANE = 420.0 / 520;

    @Test
    void aPictureManyScreensTallIsPreviewedOnlyDownToThePanesShape() {
        Dataset crowded = BundledSeeds.copiedUntilOver(1_000);
        ImageRequest request = ImageRequest.of(View.TIMELINE, ImageFormat.PNG);
        Previews.Preview preview = new Previews().of(crowded, request, WIDTH, PANE, () -> false);
        ImageSize whole = new ImageExport().sizeOf(crowded, request);
        assertTrue(whole.height() > 10 * whole.width(), "a tall picture to begin with: " + whole);
        assertTrue(preview.top(), "said to be only the top");
        assertEquals(WIDTH, preview.image().getWidth());
        assertEquals(420, preview.image().getHeight(), 1);
        assertEquals(whole, preview.size(), "the Output line still gives the whole file's size");
    }

    @Test
    void theWeekIsPreviewedWhole() {
        Dataset week = WeekData.seeds();
        ImageRequest request = WeekData.week(View.TIMELINE, ImageFormat.PNG);
        Previews.Preview preview = new Previews().of(week, request, WIDTH, PANE, () -> false);
        ImageSize whole = new ImageExport().sizeOf(week, request);
        assertFalse(preview.top());
        assertEquals(Math.round(whole.height() * (double) WIDTH / whole.width()), preview.image().getHeight(), 1);
    }

    @Test
    void aNewSizeOrSvgForPngKeepsTheLayoutAndSaysTheNewSize() {
        Dataset week = WeekData.seeds();
        Previews previews = new Previews();
        ImageRequest png = WeekData.week(View.TIMELINE, ImageFormat.PNG);
        ImageSize one = previews.of(week, png, WIDTH, PANE, () -> false).size();
        Previews.Preview twice = previews.of(week, png.withSizing(Sizing.scale(2)), WIDTH, PANE, () -> false);
        assertEquals(2 * one.width(), twice.size().width());
        Previews.Preview exact = previews.of(week, png.withSizing(Sizing.width(800)), WIDTH, PANE, () -> false);
        assertEquals(800, exact.size().width());
        assertEquals(one, exact.oneTimes(), "an exact width also says the picture's size at 1×");
        ImageSize svg = previews.of(week, png.withFormat(ImageFormat.SVG), WIDTH, PANE, () -> false).size();
        assertEquals(new ImageExport().sizeOf(week, png.withFormat(ImageFormat.SVG)), svg);
    }

    @Test
    void aPreviewOvertakenByANewerOneIsGivenUp() {
        assertThrows(CancellationException.class, () -> new Previews().of(WeekData.seeds(),
                WeekData.week(View.TIMELINE, ImageFormat.PNG), WIDTH, PANE, () -> true));
    }
}
