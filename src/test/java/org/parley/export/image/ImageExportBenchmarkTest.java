package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export budget from DESIGN.md (a 3840-px-wide PNG of the week in ≤ 1 s): the whole export —
 * layout, painting, PNG encoding, atomic write — timed ten times after a warm-up, median reported.
 * A benchmark, not part of the normal run:
 * {@code ./mvnw test -Dtest=ImageExportBenchmarkTest -Dparley.bench=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "parley.bench", matches = "true")
class ImageExportBenchmarkTest {

    @TempDir
    Path tmp;

    @Test
    void aWideWeekPngFitsTheBudget() {
        ImageExport export = new ImageExport();
        ImageRequest request = WeekData.week(View.TIMELINE, ImageFormat.PNG).withSizing(Sizing.width(3840));
        Path out = tmp.resolve("week.png");
        for (int i = 0; i < 3; i++) {
            export.export(WeekData.seeds(), request, out);
        }
        long[] nanos = new long[10];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            export.export(WeekData.seeds(), request, out);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        Duration median = Duration.ofNanos((nanos[4] + nanos[5]) / 2);
        System.out.printf("3840-px week PNG: median %d ms (min %d, max %d) over 10 runs%n", median.toMillis(),
                nanos[0] / 1_000_000, nanos[9] / 1_000_000);
        assertTrue(median.compareTo(Duration.ofSeconds(1)) <= 0, "median " + median);
    }
}
