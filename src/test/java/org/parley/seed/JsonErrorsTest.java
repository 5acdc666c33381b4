package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jackson's messages, in the words of someone who wrote a dataset. */
class JsonErrorsTest {

    @Test
    void aCutOffFileSaysWhereTheUnclosedObjectBegan(@TempDir Path dir) throws Exception {
        String week = Files.readString(SpoiledWeek.SEEDS.resolve("week.json"));
        SpoiledWeek.copy(dir, "\"title\": \"The week of US", "\"title\": \"The week of US");
        // Cut inside an actor's list of aliases, whatever the records before it hold.
        String aliases = "\"aliases\": [";
        Files.writeString(dir.resolve("week.json"), week.substring(0, week.indexOf(aliases, 4000) + aliases.length()));
        DatasetException e = org.junit.jupiter.api.Assertions.assertThrows(DatasetException.class,
                () -> new ExchangeFormatReader().read(dir));
        String message = e.problems().get(0).message();
        assertTrue(message.contains("the file ends before its JSON does") && message.contains("cut short"), message);
        assertTrue(message.matches(".*\\(the one opened at line \\d+, column \\d+\\).*"), message);
        assertFalse(message.contains("REDACTED") || message.contains("StreamReadFeature"), message);
    }

    @Test
    void switchesForProgrammersAreLeftOut() {
        assertEquals("Non-standard token 'NaN' (JSON has no NaN or Infinity; write a number)",
                JsonErrors.plain("Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"));
    }

    /** A text file chosen as a dataset read "Unrecognized token 'hello': was expecting (JSON String, Number, …)". */
    @Test
    void aFileThatIsNotJsonIsSaidToBeSo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("week.json"), "hello there\n");
        DatasetException e = org.junit.jupiter.api.Assertions.assertThrows(DatasetException.class,
                () -> new ExchangeFormatReader().read(dir.resolve("week.json")));
        String message = e.problems().get(0).message();
        assertTrue(message.contains("\"hello\" is not JSON") && message.contains("begins with '{'"), message);
        assertFalse(message.contains("was expecting"), message);
    }
}
