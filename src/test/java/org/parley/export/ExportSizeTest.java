package org.parley.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the Export data dialog says an export will weigh, against what is written. */
class ExportSizeTest {

    @TempDir
    Path dir;

    /**
     * The week's web page is 1.6 MB, most of it the map's basemap: the dialog had said "under 0.1 MB", counting
     * only a few hundred bytes an event.
     */
    @Test
    void theWeeksWebPageIsSaidAtAboutItsSize() throws Exception {
        Dataset week = BundledSeeds.dataset();
        Path page = dir.resolve("week.html");
        new DataExport().export(week, DataFormat.HTML, page);
        long written = Files.size(page);

        long said = ExportSize.estimate(DataFormat.HTML, week.events().size());

        assertTrue(said > written / 2 && said < written * 2, "said " + said + " bytes, wrote " + written);
        assertEquals("about " + String.format(java.util.Locale.ROOT, "%.1f", said / 1_000_000.0) + " MB",
                ExportSize.inWords(said));
    }

    /**
     * Every format of the week, as the dialog words it: the CSV folder (176 KB) and the JSON with its articles
     * (203 KB) had been said to be "under 0.1 MB", the rates being measured on generated data's shorter records.
     */
    @Test
    void theWeekIsNeverSaidToWeighLessThanItDoes() throws Exception {
        Dataset week = BundledSeeds.dataset();
        for (DataFormat format : DataFormat.values()) {
            Path out = dir.resolve(format.name());
            Files.createDirectories(out);
            Path target = format == DataFormat.CSV ? out : out.resolve("week." + format.name().toLowerCase(java.util.Locale.ROOT));
            new DataExport().export(week, format, target);
            long written;
            try (var files = Files.walk(out)) {
                written = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }

            String said = ExportSize.inWords(ExportSize.estimate(format, week.events().size()));

            if (said.startsWith("under ")) {
                double limit = Double.parseDouble(said.replaceAll("[^0-9.]", "")) * 1_000_000;
                assertTrue(written < limit, format + ": said " + said + ", wrote " + written + " bytes");
            }
        }
    }

    /** The rate measured on 100,000 generated events (a 54 MB page) still holds with the map counted apart. */
    @Test
    void aHundredThousandEventsStillWeighAbout54Megabytes() {
        assertEquals("about 54 MB", ExportSize.inWords(ExportSize.estimate(DataFormat.HTML, 100_000)));
    }
}
