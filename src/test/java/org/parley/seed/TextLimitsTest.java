package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts too long to fit anywhere, and texts that only look filled, are located problems. */
class TextLimitsTest {

    @Test
    void aTitleLongerThanFiveHundredCharactersIsRefused(@TempDir Path dir) throws Exception {
        SpoiledWeek.copy(dir, "\"Collapse of the Soviet Union\"", "\"" + "T".repeat(RecordFields.NAME_LIMIT + 1) + "\"");
        SpoiledWeek.onlyProblem(dir, "\"title\" is 501 characters long; at most 500 are allowed", "events[0]");
    }

    /** An emoji is one character to a reader, two UTF-16 units to Java: 300 of them are 300, and allowed. */
    @Test
    void charactersAreCountedAsAReaderCountsThem(@TempDir Path dir) throws Exception {
        SpoiledWeek.copy(dir, "\"Collapse of the Soviet Union\"", "\"" + "\uD83D\uDE00".repeat(RecordFields.NAME_LIMIT + 1) + "\"");
        SpoiledWeek.onlyProblem(dir, "\"title\" is 501 characters long; at most 500 are allowed", "events[0]");
    }

    @Test
    void aSummaryMayBeLongButNotEndless(@TempDir Path dir) throws Exception {
        SpoiledWeek.copy(dir, "\"The Soviet Union collapsed in 1991", "\"" + "x".repeat(RecordFields.TEXT_LIMIT)
                + " The Soviet Union collapsed in 1991");
        SpoiledWeek.onlyProblem(dir, "at most 20,000 are allowed", "events[0]");
    }

    /** An id of 20,000 characters had been imported, and `parley search` printed it whole on one line. */
    @Test
    void anIdLongerThanAHundredCharactersIsRefusedNamingItsRecord(@TempDir Path dir) throws Exception {
        SpoiledWeek.copy(dir, "\"bg-soviet-collapse\"", "\"" + "e".repeat(20_000) + "\"");
        Problem p = SpoiledWeek.onlyProblem(dir, "\"id\" is 20,000 characters long; at most 100 are allowed",
                "events[0]");
        assertTrue(p.toString().length() < 600, p.toString());
    }

    @Test
    void aTitleOfZeroWidthSpacesIsBlank(@TempDir Path dir) throws Exception {
        SpoiledWeek.copy(dir, "\"Collapse of the Soviet Union\"", "\"\u200b\u200b\u2060\"");
        SpoiledWeek.onlyProblem(dir, "\"title\" must not be blank", "events[0]");
    }

    /** A language tag as the schema's pattern has it: Java alone read "xx-!!" as "xx". */
    @Test
    void aLanguageTagOutsideTheSchemasPatternIsRefused(@TempDir Path dir) throws Exception {
        SpoiledWeek.copy(dir, "\"language\": \"en\",\n      \"file\": \"000", "\"language\": \"xx-!!\",\n      \"file\": \"000");
        SpoiledWeek.onlyProblem(dir, "\"xx-!!\" is not a BCP 47 language tag", "sources[0]");
    }

    /**
     * Past Jackson's own limit (20,000,000) a string is not read at all: the message is Parley's,
     * at the string, not "malformed JSON" with the length Jackson had buffered when it stopped.
     */
    @Test
    void aStringTooLongToReadIsLocatedAndNotCalledMalformed(@TempDir Path dir) throws Exception {
        String summary = "\"The Soviet Union collapsed in 1991";
        SpoiledWeek.copy(dir, summary, "\"" + "x".repeat(20_000_001) + summary.substring(1));
        String text = Files.readString(dir.resolve("week.json"), StandardCharsets.UTF_8);
        int at = text.indexOf("\"xxxxxxxx");
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        int column = at - text.lastIndexOf('\n', at);
        List<Problem> problems = assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(dir)).problems();
        assertEquals(List.of(dir.resolve("week.json") + ":" + line + ":" + column + ": a string here is longer than "
                + "Parley reads (over 20,000,000 characters, an emoji counting as two); at most 20,000 are allowed "
                + "in a text field, 500 in a name or title"), problems.stream().map(Problem::toString).toList());
    }

    /** Jackson fails on a name or a number before it is a token: the line names the token before it, so "after this point". */
    @Test
    void aFieldNameOrNumberTooLongToReadIsNotCalledMalformed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("week.json"), "{\n  \"" + "n".repeat(50_001) + "\": 1\n}");
        assertEquals(dir.resolve("week.json") + ":1:1: a field name after this point is longer than Parley reads "
                + "(over 50,000 characters, an emoji counting as two); no field of a dataset has a name that long",
                assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(dir)).problems().get(0).toString());
        Files.writeString(dir.resolve("week.json"), "{\n  \"version\": " + "1".repeat(1_001) + "\n}");
        assertEquals(dir.resolve("week.json") + ":2:3: a number after this point is written with more than 1,000 characters; "
                + "no number in a dataset needs that many",
                assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(dir)).problems().get(0).toString());
    }
}
