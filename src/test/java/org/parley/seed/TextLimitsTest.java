package org.parley.seed;

import java.nio.file.Path;
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
}
