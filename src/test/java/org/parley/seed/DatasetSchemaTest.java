package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** seeds/dataset.schema.json describes what the loader reads and the writer writes. */
class DatasetSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void load() throws Exception {
        JsonNode node = JSON.readTree(SpoiledWeek.SEEDS.resolve("dataset.schema.json").toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }

    private static Set<ValidationMessage> validate(Path json) throws Exception {
        return schema.validate(JSON.readTree(json.toFile()));
    }

    @Test
    void theBundledWeekMatchesTheSchema() throws Exception {
        assertEquals(Set.of(), validate(SpoiledWeek.SEEDS.resolve("week.json")));
    }

    @Test
    void anExportedCopyMatchesTheSchema(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("week.json");
        new ExchangeFormatWriter().write(new ExchangeFormatReader().read(SpoiledWeek.SEEDS), out);
        assertEquals(Set.of(), validate(out));
    }

    @Test
    void theSchemaRefusesWhatTheLoaderRefuses(@TempDir Path dir) throws Exception {
        Path spoiled = SpoiledWeek.copy(dir, "\"actor\": \"russian-delegation\",\n          \"stance\": \"reservations\"",
                "\"actor\": \"russian-delegation\",\n          \"stance\": \"cool\"");
        assertFalse(validate(spoiled.resolve("week.json")).isEmpty());
        Files.writeString(spoiled.resolve("week.json"), Files.readString(spoiled.resolve("week.json"))
                .replace("\"kind\": \"masthead\"", "\"kind\": \"banner\""));
        assertFalse(validate(spoiled.resolve("week.json")).isEmpty());
    }

    /** The loader requires a source's "language"; the schema had let a source without one pass. */
    @Test
    void aSourceWithoutALanguageIsRefusedByTheSchemaAsByTheLoader(@TempDir Path dir) throws Exception {
        Path spoiled = SpoiledWeek.copy(dir, "\"language\": \"en\",\n      \"file\": \"000_9ba955ac96357edf.txt\"",
                "\"file\": \"000_9ba955ac96357edf.txt\"");
        SpoiledWeek.onlyProblem(spoiled, "missing required field \"language\"", "sources[0]");
        assertFalse(validate(spoiled.resolve("week.json")).isEmpty(), "the schema lets it pass");
    }

    /** The loader takes a divergence tied to no event (two papers differing on the background); the schema had refused it. */
    @Test
    void aDivergenceWithoutEventsPassesTheSchemaAsTheLoader(@TempDir Path dir) throws Exception {
        Path spoiled = SpoiledWeek.copy(dir, "\"note\": \"\",\n      \"events\": [\n        \"nrc-meeting\"\n      ]\n    },\n    {\n"
                + "      \"id\": \"div-troop-numbers\"", "\"note\": \"\"\n    },\n    {\n      \"id\": \"div-troop-numbers\"");
        new ExchangeFormatReader().read(spoiled);
        assertEquals(Set.of(), validate(spoiled.resolve("week.json")));
    }

    /** "https://…/a" and "second line" under the headline read as one link: an address is one line, to both. */
    @Test
    void aLineBreakInASourcesAddressIsRefusedByTheLoaderAndTheSchema(@TempDir Path dir) throws Exception {
        Path spoiled = SpoiledWeek.copy(dir, "\"file\": \"000_9ba955ac96357edf.txt\"",
                "\"file\": \"000_9ba955ac96357edf.txt\", \"url\": \"https://example.org/a\\nsecond line\"");
        SpoiledWeek.onlyProblem(spoiled, "\"url\" is one line, but holds a line break at character 22; use a space",
                "sources[0]");
        assertFalse(validate(spoiled.resolve("week.json")).isEmpty(), "the schema lets it pass");
    }
}
