package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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
        assertTrue(scale.err().contains("--scale: 'NaN' is not a whole number"), scale.err());
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

    /**
     * An option given twice is said as --db and --width given twice are: picocli's "option '--out' (PATH)
     * should be specified only once" named the option with its placeholder, in quotes no other message has.
     */
    @Test
    void anOptionGivenTwiceIsSaidInTheWordsOfTheOthers() {
        CliRun out = CliRun.of("export-image", "--view", "map", "--format", "png", "--out", tmp.resolve("a.png").toString(),
                "--out", tmp.resolve("b.png").toString());
        assertEquals(2, out.exit(), out.err());
        assertTrue(out.err().startsWith("parley: --out is given twice; give it once." + System.lineSeparator()
                + "Run \"parley export-image --help\" to see how it is used."), out.err());
        CliRun limit = CliRun.of("search", "-n", "3", "--limit", "4", "nato");
        assertEquals(2, limit.exit(), limit.err());
        assertTrue(limit.err().startsWith("parley: --limit is given twice; give it once."), limit.err());
        assertFalse(Files.exists(tmp.resolve("a.png")) || Files.exists(tmp.resolve("b.png")));
    }

    /**
     * A value Parley cannot take is named as the help names it, then said what is wrong: picocli's frame,
     * "Invalid value for positional parameter at index 0..* (TEXT): …", had come first, in its words.
     */
    @Test
    void aValueThatCannotBeTakenIsNamedAsTheHelpNamesIt() {
        CliRun search = CliRun.of("search", "--db", tmp.resolve("none.db").toString(), "Gen\uFFFD\uFFFDve");
        assertEquals(2, search.exit(), search.err());
        assertTrue(search.err().startsWith("parley: TEXT: \"Gen\\uFFFD\\uFFFDve\" "), search.err());
        CliRun validate = CliRun.of("validate", "a\0b.json");
        assertEquals(2, validate.exit(), validate.err());
        assertTrue(validate.err().startsWith("parley: PATH: not a usable file name: \"a\\u0000b.json\""), validate.err());
        CliRun title = CliRun.of("export-image", "--view", "map", "--format", "svg", "--title", "Gen\uFFFDve",
                "--out", tmp.resolve("x.svg").toString());
        assertEquals(2, title.exit(), title.err());
        assertTrue(title.err().startsWith("parley: --title: \"Gen\\uFFFDve\" "), title.err());
        for (CliRun r : new CliRun[] {search, validate, title}) {
            assertFalse(r.err().contains("Invalid value") || r.err().contains("positional parameter"), r.err());
            assertTrue(r.err().contains("Run \"parley " + (r == search ? "search" : r == validate ? "validate" : "export-image")
                    + " --help\" to see how it is used."), r.err());
        }
        assertFalse(Files.exists(tmp.resolve("x.svg")) || Files.exists(tmp.resolve("none.db")));
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
        CliRun withArguments = CliRun.of("export", "--format", "pdf");
        assertEquals(2, withArguments.exit());
        assertTrue(withArguments.err().startsWith("parley: 'export' is not a Parley command.\n"), withArguments.err());
        for (CliRun r : new CliRun[] {validate, check, command}) {
            assertFalse(r.err().contains("Unmatched argument"), r.err());
        }
    }

    /** The week with actor "nato"'s id written {@code id} instead, as validate reports it. */
    private CliRun validatedWithNatoAs(String id) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("week-" + Math.abs(id.hashCode())));
        Path seeds = Path.of(System.getProperty("parley.seeds", "seeds"));
        try (var files = Files.list(seeds)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Path json = folder.resolve("week.json");
        Files.writeString(json, Files.readString(json).replace("\"id\": \"nato\",", "\"id\": \"" + id + "\","));
        return CliRun.of("validate", folder.toString());
    }

    /**
     * "lowercase letters" read as allowing "é", which the rule refuses; and a plain mistake was not
     * pointed at. The message writes the ranges out and names the first character that breaks them.
     */
    @Test
    void aBadIdNamesTheRangesAndTheFirstCharacterOutsideThem() throws IOException {
        String rule = "may hold only a\u2013z, 0\u20139 and '-', and may not start with '-' (^[a-z0-9][a-z0-9-]*$); ";
        CliRun upper = validatedWithNatoAs("NATO_HQ");
        assertEquals(1, upper.exit(), upper.err());
        assertTrue(upper.err().contains("id \"NATO_HQ\" " + rule + "its character 1, \"N\", is not one of those"), upper.err());
        CliRun accent = validatedWithNatoAs("nat\u00F6");
        assertTrue(accent.err().contains("id \"nat\u00F6\" " + rule + "its character 4, \"\u00F6\" (U+00F6), is not one of those"),
                accent.err());
        CliRun dash = validatedWithNatoAs("-nato");
        assertTrue(dash.err().contains("id \"-nato\" " + rule + "its character 1, \"-\", may not start it"), dash.err());
        assertFalse(upper.err().contains("lowercase letters"), upper.err());
    }

    /** export-data's --format was refused in picocli's words, its names in capitals; export-image's in Parley's. */
    @Test
    void anUnknownDataFormatIsRefusedAsAnImageFormatIs() {
        CliRun data = CliRun.of("export-data", "--format", "xml", "--out", tmp.resolve("x").toString());
        assertEquals(2, data.exit());
        assertTrue(data.err().startsWith("parley: --format: \"xml\" is not a format: use json, csv, geojson, "
                + "timelinejs or html."), data.err());
        CliRun image = CliRun.of("export-image", "--view", "map", "--format", "jpg", "--out", tmp.resolve("x.jpg").toString());
        assertTrue(image.err().startsWith("parley: --format: \"jpg\" is not a format: use png, svg or pdf."),
                image.err());
        CliRun upper = CliRun.of("export-data", "--db", CliRun.seeded(tmp.resolve("w.db")), "--format", "GeoJSON",
                "--out", tmp.resolve("w.geojson").toString());
        assertEquals(0, upper.exit(), upper.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
