package org.parley.seed;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.parley.model.Dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Feeds the dataset loader arbitrary bytes as the dataset's JSON, two short texts as its sources.
 * The loader may accept or refuse (a {@link DatasetException} with at least one located problem);
 * anything else thrown is a crash. What it accepts must write out and read back equal.
 *
 * <p>Run with {@code JAZZER_FUZZ=1 ./mvnw -Pfuzz test}; without JAZZER_FUZZ only the corpus in
 * src/fuzz/resources is replayed.
 */
class DatasetLoaderFuzzTest {

    private static final Map<String, byte[]> TEXTS = bundledTexts();

    @FuzzTest(maxDuration = "12m")
    void loadsOrRefuses(byte[] json) {
        TextSource texts = file -> {
            byte[] bytes = TEXTS.get(file);
            if (bytes == null) {
                throw new NoSuchFileException(file);
            }
            return bytes.clone();
        };
        LoadedDataset loaded;
        try {
            loaded = new ExchangeFormatReader().load(json, "week.json", texts);
        } catch (DatasetException refused) {
            if (refused.problems().isEmpty() || refused.getMessage() == null) {
                throw new AssertionError("refused without a problem", refused);
            }
            return;
        }
        String written = new ExchangeFormatWriter().toJson(loaded.dataset());
        Dataset again;
        try {
            again = new ExchangeFormatReader().read(written.getBytes(StandardCharsets.UTF_8), "again.json", texts);
        } catch (DatasetException e) {
            throw new AssertionError("an accepted dataset did not read back: " + e.getMessage(), e);
        }
        assertEquals(loaded.dataset(), again);
    }

    /** The two short texts the corpus's dataset names (a copy of the unit tests' fixture). */
    private static Map<String, byte[]> bundledTexts() {
        return Map.of("wapo.txt", resource("texts/wapo.txt"), "nyt.txt", resource("texts/nyt.txt"));
    }

    private static byte[] resource(String name) {
        try (InputStream in = DatasetLoaderFuzzTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing fuzz resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
