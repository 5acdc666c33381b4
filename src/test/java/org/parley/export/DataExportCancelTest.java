package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.model.EventFilter;
import org.parley.seed.BundledSeeds;

/**
 * A data export given up halfway (the window's Cancel) writes nothing: no half-written file, no
 * temporary one left beside it, and a file it would have replaced stays byte for byte.
 */
class DataExportCancelTest {

    private static final byte[] MINE = "mine\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(DataFormat.class)
    void cancelledWhileWritingLeavesEverythingAsItWas(DataFormat format) throws Exception {
        Path out = format == DataFormat.CSV ? dir : dir.resolve("out." + (format == DataFormat.HTML ? "html"
                : format == DataFormat.GEOJSON ? "geojson" : "json"));
        Path existing = format == DataFormat.CSV ? dir.resolve("events.csv") : out;
        Files.write(existing, MINE);
        List<Path> before = listing();
        // Asked a few times before it says stop: the export is under way, some bytes already written.
        AtomicInteger asked = new AtomicInteger();
        BooleanSupplier cancelled = () -> asked.incrementAndGet() > 3;

        assertThrows(CancellationException.class, () -> new DataExport().export(BundledSeeds.dataset(), format, out,
                EventFilter.NONE, Overwrite.ANY, cancelled));

        assertEquals(before, listing(), "no temporary file or folder is left, nothing new is there");
        assertArrayEquals(MINE, Files.readAllBytes(existing), "the file it would have replaced is as it was");
    }

    private List<Path> listing() throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.sorted().toList();
        }
    }
}
