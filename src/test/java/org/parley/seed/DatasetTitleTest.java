package org.parley.seed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void whatIsNoJsonObjectGivesNothingToAskAbout() throws Exception {
        assertEquals(Optional.empty(), peek("[1, 2]"));
        assertEquals(Optional.empty(), peek("\u0089PNG"));
        assertEquals(Optional.empty(), DatasetTitle.peek(dir.resolve("missing.json")));
    }
}
