package org.parley.seed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The title a replace question names, read before the records: from the top only, never a verdict. */
class DatasetTitleTest {

    @TempDir
    Path dir;

    private Optional<String> peek(String json) throws Exception {
        Path file = dir.resolve("d.json");
        Files.writeString(file, json);
        return DatasetTitle.peek(file);
    }

    @Test
    void aTitleBeforeTheCollectionsIsRead() throws Exception {
        assertEquals(Optional.of("Talks"), peek("{\"focus\": {\"from\": \"2022-01-09\"}, \"title\": \"Talks\", \"events\": ["));
    }

    @Test
    void aTitleAfterTheRecordsIsNotLookedFor() throws Exception {
        assertEquals(Optional.of(""), peek("{\"sources\": [{\"title\": \"A paper\"}], \"title\": \"Late\"}"));
    }

    /**
     * The schema beside the seeds has a "title" of its own: chosen in the window, "Replace your dataset?" had
     * named "Parley dataset (exchange format)" as the dataset to take its place, and the import then refused it.
     */
    @Test
    void anObjectWithAFieldNoDatasetHasGivesNothingToAskAbout() throws Exception {
        Path schema = Path.of(System.getProperty("parley.seeds", "seeds"), "dataset.schema.json");
        assertEquals(Optional.empty(), DatasetTitle.peek(schema));
        assertEquals(Optional.empty(), peek("{\"name\": \"x\", \"title\": \"Talks\"}"));
    }

    @Test
    void whatIsNoJsonObjectGivesNothingToAskAbout() throws Exception {
        assertEquals(Optional.empty(), peek("[1, 2]"));
        assertEquals(Optional.empty(), peek("\u0089PNG"));
        assertEquals(Optional.empty(), DatasetTitle.peek(dir.resolve("missing.json")));
    }

    /**
     * A pipe chosen in the window's Import dialog: opening it waits for a writer, and the database thread,
     * peeking at its title before the import refuses it, waited for ever; the window said nothing again.
     */
    @Test
    void aPipeIsNotOpened() throws Exception {
        Path pipe = dir.resolve("week.json");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor(), "mkfifo");
        assertEquals(Optional.empty(), assertTimeoutPreemptively(Duration.ofSeconds(10), () -> DatasetTitle.peek(pipe)));
    }
}
