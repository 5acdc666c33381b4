package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.SyntheticDataAccess;

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
        List<String> texts = drawn("2017-01-01", "2018-01-01");
        assertTrue(texts.contains(STRIP_KEY), "drawn: " + texts.subList(0, Math.min(30, texts.size())));
    }

    @Test
    void aWeekOfTheSameDatasetStillDrawsItsEventsOneByOne() throws Exception {
        assertFalse(drawn("2017-10-08", "2017-10-15").contains(STRIP_KEY), "a day is wide enough to read its events");
    }

    /** The texts of the timeline of 6,000 generated events from {@code from} to {@code to} (UTC days), as SVG. */
    private List<String> drawn(String from, String to) throws Exception {
        Path out = tmp.resolve(from + ".svg");
        export.export(SyntheticDataAccess.dataset(6_000), ImageRequest.of(View.TIMELINE, ImageFormat.SVG)
                .withRange(Instant.parse(from + "T00:00:00Z"), Instant.parse(to + "T00:00:00Z")), out);
        return SvgText.of(out);
    }
}
