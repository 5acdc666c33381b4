package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parley's own exports given back to validate or import are named for what they are, in one line. */
class OtherKindsOfJsonTest {

    @TempDir
    Path tmp;

    private CliRun exportedThenValidated(String format, String name) {
        String db = CliRun.seeded(tmp.resolve("p.db"));
        Path out = tmp.resolve(name);
        assertEquals(0, CliRun.of("export-data", "--db", db, "--format", format, "--out", out.toString()).exit());
        return CliRun.of("validate", out.toString());
    }

    @Test
    void aGeoJsonExportIsCalledGeoJson() {
        CliRun run = exportedThenValidated("geojson", "week.geojson");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("this is GeoJSON, not a dataset"), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line, not a field per member: " + run.err());
    }

    @Test
    void aTimelineJsExportIsCalledTimelineJs() {
        CliRun run = exportedThenValidated("timelinejs", "timeline.json");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("this is a TimelineJS file, not a dataset"), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line, not 900 problems: " + run.err());
    }

    @Test
    void aWebPageIsCalledHtml() {
        CliRun run = exportedThenValidated("html", "week.html");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("this looks like HTML or XML, not JSON"), run.err());
    }

    @Test
    void anObjectWithNoneOfTheCollectionsIsNotADatasetButAnEmptyOneListsWhatIsMissing() throws Exception {
        Path other = Files.writeString(tmp.resolve("settings.json"), "{\"theme\": \"dark\", \"size\": 3}");
        CliRun run = CliRun.of("validate", other.toString());
        assertTrue(run.err().contains("not a dataset in Parley's exchange format: it has none of its sources, actors, "
                + "places or events"), run.err());
        Path empty = Files.writeString(tmp.resolve("empty.json"), "{}");
        assertTrue(CliRun.of("validate", empty.toString()).err().contains("missing required field \"sources\""));
    }
}
