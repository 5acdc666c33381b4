package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mistyped numbers and words too many are usage errors said in words, not in picocli's or Java's. */
class UsageWordsTest {

    @TempDir
    Path tmp;

    @Test
    void aNumberOptionGivenSomethingElseSaysAWholeNumberIsWanted() {
        CliRun scale = CliRun.of("export-image", "--view", "map", "--format", "png", "--scale", "NaN",
                "--out", tmp.resolve("x.png").toString());
        assertEquals(2, scale.exit());
        assertTrue(scale.err().contains("Invalid value for option '--scale': 'NaN' is not a whole number"), scale.err());
        CliRun seed = CliRun.of("generate", "--events", "5", "--seed", "abc", "--out", tmp.resolve("g").toString());
        assertEquals(2, seed.exit());
        assertTrue(seed.err().contains("'abc' is not a whole number"), seed.err());
        CliRun huge = CliRun.of("generate", "--events", "99999999999", "--out", tmp.resolve("g").toString());
        assertEquals(2, huge.exit());
        assertTrue(huge.err().contains("'99999999999' has too many digits (the largest number is 2147483647)"), huge.err());
        for (CliRun r : new CliRun[] {scale, seed, huge}) {
            assertFalse(r.err().contains("not an int") || r.err().contains("not a long"), r.err());
        }
        assertFalse(Files.exists(tmp.resolve("x.png")) || Files.exists(tmp.resolve("g")));
    }

    @Test
    void aNumberWithASignOrLeadingZeroIsStillTheNumber() {
        CliRun r = CliRun.of("generate", "--events", "+0005", "--out", tmp.resolve("g").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("5 events"), r.out());
    }

    @Test
    void wordsTooManyAreSaidAsWhatTheCommandTakes() {
        CliRun validate = CliRun.of("validate", tmp.resolve("my").toString(), tmp.resolve("week.json").toString());
        assertEquals(2, validate.exit());
        assertTrue(validate.err().contains("parley validate takes PATH besides its options, once, but was also given '"
                + tmp.resolve("week.json") + "'. A path with spaces in it needs quotes around it."), validate.err());
        CliRun check = CliRun.of("check", "--db", tmp.resolve("a.db").toString(), "extra", "more");
        assertEquals(2, check.exit());
        assertTrue(check.err().contains("parley check takes no argument besides its options, but was also given 'extra', 'more'"),
                check.err());
        CliRun command = CliRun.of("frobnicate");
        assertEquals(2, command.exit());
        assertTrue(command.err().contains("'frobnicate' is not a Parley command."), command.err());
        for (CliRun r : new CliRun[] {validate, check, command}) {
            assertFalse(r.err().contains("Unmatched argument"), r.err());
        }
    }
}
