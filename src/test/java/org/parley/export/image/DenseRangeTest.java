package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.SyntheticDataAccess;
import org.parley.model.Dataset;

/**
 * A year of a large dataset is drawn as the screen draws it at that zoom: as density strips. The export had counted
 * only the year's own events (a few hundred, under the screen's 5,000), so it stacked them row on row of sub-pixel
 * marks: at 100,000 events, 2017 alone was a picture 5,896 px tall of overlapping bars and "+235"s.
 */
class DenseRangeTest {

    private static final String STRIP_KEY = "Shaded strip: too many events to draw singly";

    @TempDir
    Path tmp;

    private final ImageExport export = new ImageExport();

    @Test
    void aYearOfThousandsOfEventsIsDrawnAsDensityStrips() throws Exception {
        Dataset many = SyntheticDataAccess.dataset(6_000);
        Path out = tmp.resolve("year.svg");
        export.export(many, ImageRequest.of(View.TIMELINE, ImageFormat.SVG)
                .withRange(Instant.parse("2017-01-01T00:00:00Z"), Instant.parse("2018-01-01T00:00:00Z")), out);
        List<String> texts = SvgText.of(out);
        assertTrue(texts.contains(STRIP_KEY), "drawn: " + texts.subList(0, Math.min(30, texts.size())));
    }

    @Test
    void aWeekOfTheSameDatasetStillDrawsItsEventsOneByOne() throws Exception {
        Dataset many = SyntheticDataAccess.dataset(6_000);
        Path out = tmp.resolve("week.svg");
        export.export(many, ImageRequest.of(View.TIMELINE, ImageFormat.SVG)
                .withRange(Instant.parse("2017-10-08T00:00:00Z"), Instant.parse("2017-10-15T00:00:00Z")), out);
        assertFalse(SvgText.of(out).contains(STRIP_KEY), "a day is wide enough to read its events");
    }
}
