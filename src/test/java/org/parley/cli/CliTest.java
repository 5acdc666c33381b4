package org.parley.cli;

import org.parley.seed.BundledSeeds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.Dataset;
import org.parley.model.Quote;
import org.parley.seed.ExchangeFormatReader;
import org.parley.store.ParleyStore;
import org.parley.store.SearchHit;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user drives it: exit codes, what is printed, and what is left on disk. */
class CliTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));

    @TempDir
    Path tmp;

    /**
     * A path with a line break in it was written and printed on one line; now it is not written at
     * all (OutPathTest has the message), and what is printed still never spans two lines.
     */
    @Test
    void aPathWithALineBreakIsRefusedInOneLine() throws Exception {
        Path out = tmp.resolve("new\nline.html");
        CliRun run = CliRun.of("export-data", "--db", CliRun.seeded(tmp.resolve("p.db")), "--format", "html",
                "--out", out.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().lines().findFirst().orElseThrow().contains("new\\u000Aline.html holds a control character"),
                run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aUsageErrorIsTwoLinesNotTheWholeHelp() {
        CliRun run = CliRun.of("export-image", "--view", "map", "--format", "png", "--width", "0", "--out", "x.png");
        assertEquals(2, run.exit());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.get(0).contains("width must be 16 to 16384 px, not 0"), run.err());
        assertTrue(lines.get(1).contains("parley export-image --help"), run.err());
        CliRun typo = CliRun.of("serch", "pastry");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("Did you mean") && typo.err().contains("parley search"), typo.err());
    }

    /** A pasted page as a query is echoed cut short, not whole. */
    @Test
    void aHugeQueryIsNotEchoedWhole() {
        String query = "zzqx".repeat(25_000);
        CliRun run = CliRun.of("search", "--db", CliRun.seeded(tmp.resolve("w.db")), query);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().length() < 400, run.out().length() + " characters");
        assertTrue(run.out().contains("no match for"), run.out());
    }

    /** A query of punctuation alone searched nothing, yet replied "no match for """", as if it had. */
    @Test
    void aQueryOfPunctuationAloneSaysThereIsNoWordToSearchFor() {
        String db = CliRun.seeded(tmp.resolve("w.db"));
        for (String query : List.of("\"", "...", "\u2013", "* ? !", "*", "-", ":", "(", ")")) {
            CliRun run = CliRun.of("search", "--db", db, "--", query);
            assertEquals(2, run.exit(), query + ": " + run.out() + run.err());
            assertEquals("", run.out());
            assertTrue(run.err().startsWith("parley: TEXT: there is no word to search for: only words (letters and digits) are searched, "
                    + "not punctuation or symbols."), run.err());
        }
    }

    /** Output that could not be written (a full disk, a closed pipe) is a failure, not exit status 0. */
    @Test
    void outputThatCouldNotBeWrittenIsAFailure() {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new Writer() {
            @Override
            public void write(char[] c, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(1, Main.execute(cl, "validate", SEEDS.toString()));
        assertTrue(err.toString().contains("the output could not be written"), err.toString());
    }

    /** {@code --out ""} is the current folder to Java: each writing command asks for a name instead. */
    @Test
    void anEmptyOutIsAUsageErrorNotTheCurrentFolder() {
        for (String[] command : List.of(new String[] {"export-image", "--view", "timeline", "--format", "png"},
                new String[] {"export-data", "--format", "csv"}, new String[] {"handout"})) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--out", ""));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().startsWith("parley: --out is empty; name "), run.err());
        }
    }

    @Test
    void validatesTheBundledSeeds() {
        Dataset seeds = BundledSeeds.dataset();
        CliRun run = CliRun.of("validate");
        assertEquals(0, run.exit(), run.err());
        String counts = seeds.sources().size() + " sources, " + seeds.actors().size() + " actors, "
                + seeds.places().size() + " places, " + seeds.events().size() + " events, "
                + seeds.quotes().size() + " quotes, " + seeds.divergences().size() + " divergences, "
                + seeds.positions().size() + " positions";
        assertTrue(run.out().lines().anyMatch(counts::equals), "expected «" + counts + "» in " + run.out());
        // The curated week itself, so a seed that silently lost records fails here too.
        assertTrue(run.out().contains("2 sources, 41 actors, 25 places, 64 events, 54 quotes, 20 divergences, 25 positions"),
                run.out());
    }

    @Test
    void validateListsEveryProblemWithItsLocationAndFails() throws Exception {
        Path bad = copySeeds(tmp.resolve("bad"));
        String json = Files.readString(bad.resolve("week.json"));
        json = json.replaceFirst("\"speaker\": \"grushko\"", "\"speaker\": \"nobody\"")
                .replaceFirst("\"zone\": \"Europe/Brussels\"", "\"zone\": \"Europe/Atlantis\"");
        Files.writeString(bad.resolve("week.json"), json);
        CliRun run = CliRun.of("validate", bad.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("2 problems"), run.err());
        assertTrue(run.err().matches("(?s).*week\\.json:\\d+:\\d+: .*nobody.*"), run.err());
        assertTrue(run.err().contains("Europe/Atlantis"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
    }

    @Test
    void aFailedImportLeavesTheDatabaseAsItWas() throws Exception {
        Path db = tmp.resolve("p.db");
        assertEquals(0, CliRun.of("import", "--db", db.toString()).exit());
        byte[] before = checkpointedBytes(db);

        Path bad = copySeeds(tmp.resolve("bad"));
        Files.writeString(bad.resolve("week.json"),
                Files.readString(bad.resolve("week.json")).replace("“", "\"").replaceFirst("pastry", "pie"));
        CliRun run = CliRun.of("import", "--db", db.toString(), bad.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("week.json"), run.err());
        assertArrayEquals(before, checkpointedBytes(db));
    }

    @Test
    void reimportingTheSameSeedsChangesNothing() {
        Path db = tmp.resolve("p.db");
        assertTrue(CliRun.of("import", "--db", db.toString()).out().startsWith("Imported"));
        CliRun again = CliRun.of("import", "--db", db.toString());
        assertEquals(0, again.exit());
        assertTrue(again.out().startsWith("Unchanged"), again.out());
    }

    @Test
    void aDatabaseNamedBeforeTheCommandIsTheOneUsed() {
        Path db = tmp.resolve("before.db");
        CliRun run = CliRun.of("--db", db.toString(), "import");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains(db.toString()), run.out());
        assertTrue(Files.isRegularFile(db), "the import went elsewhere: " + run.out());
        CliRun stats = CliRun.of("--db", db.toString(), "stats");
        assertEquals(0, stats.exit(), stats.err());
        assertTrue(stats.out().contains("Database: " + db), stats.out());
    }

    @Test
    void seedsRoundTripThroughSqliteAndJsonExport() throws Exception {
        Path db = tmp.resolve("p.db");
        assertEquals(0, CliRun.of("import", "--db", db.toString()).exit());
        Path out = tmp.resolve("export");
        CliRun export = CliRun.of("export-data", "--db", db.toString(), "--format", "json", "--out", out.toString());
        assertEquals(0, export.exit(), export.err());

        Dataset original = new ExchangeFormatReader().read(SEEDS);
        Dataset exported = new ExchangeFormatReader().read(out);
        assertEquals(original, exported);

        CliRun same = CliRun.of("import", "--db", db.toString(), out.resolve("week.json").toString());
        assertTrue(same.out().startsWith("Unchanged"), "an exported copy is the same content: " + same.out());

        Path db2 = tmp.resolve("q.db");
        assertEquals(0, CliRun.of("import", "--db", db2.toString(), out.resolve("week.json").toString()).exit());
        try (ParleyStore store = ParleyStore.open(db2)) {
            assertEquals(original, store.loadDataset());
        }
    }

    @Test
    void exportedJsonCarriesEveryQuotationWithItsSpeaker() throws Exception {
        Path out = tmp.resolve("export");
        assertEquals(0, CliRun.of("export-data", "--db", CliRun.seeded(tmp.resolve("p.db")), "--format", "json",
                "--out", out.resolve("week.json").toString()).exit());
        JsonNode exported = new ObjectMapper().readTree(out.resolve("week.json").toFile());
        Map<String, String> speakers = new HashMap<>();
        for (JsonNode quote : exported.get("quotes")) {
            speakers.put(quote.get("id").asText(), quote.get("speaker").asText());
        }
        Dataset original = new ExchangeFormatReader().read(SEEDS);
        assertEquals(original.quotes().size(), speakers.size());
        for (Quote q : original.quotes()) {
            assertEquals(q.speaker(), speakers.get(q.id()), "speaker of " + q.id() + " in the export");
        }
        assertEquals("grushko", speakers.get("q-grushko-pastry"));
    }

    @Test
    void csvExportWritesEventsAndQuotesForASpreadsheet() throws Exception {
        Path out = tmp.resolve("csv");
        CliRun run = CliRun.of("export-data", "--db", CliRun.seeded(tmp.resolve("p.db")), "--format", "csv",
                "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> events = Files.readAllLines(out.resolve("events.csv"), StandardCharsets.UTF_8);
        assertTrue(events.get(0).startsWith("\uFEFFid,date,"), events.get(0));
        Dataset original = new ExchangeFormatReader().read(SEEDS);
        for (var event : original.events()) {
            assertEquals(1, events.stream().filter(l -> l.startsWith(event.id() + ",")).count(),
                    "one row for " + event.id());
        }
        assertEquals(original.events().size(), events.stream().skip(1)
                .filter(l -> original.event(l.split(",", 2)[0]).isPresent()).count(), "no row for anything else");
        String quotes = Files.readString(out.resolve("quotes.csv"), StandardCharsets.UTF_8);
        assertTrue(quotes.contains("pastry"));
    }

    @Test
    void exportToAnUnwritablePlaceIsAClearError() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        CliRun run = CliRun.of("export-data", "--db", CliRun.seeded(tmp.resolve("p.db")), "--format", "csv",
                "--out", file.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("not-a-folder"), run.err());
        assertEquals("x", Files.readString(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NEAR", "AND", "OR NOT", "NEAR(pastry raisins)",
            "pastry*", "\"pastry", "col:pastry", "-pastry", "'; DROP TABLE events; --"})
    void anyTypedSearchAnswersWithResultsOrNoMatch(String text) {
        CliRun run = CliRun.of("search", "--db", CliRun.seeded(tmp.resolve("p.db")), text);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().isEmpty(), run.err());
        assertTrue(run.out().contains("no match") || run.out().contains(" 1. "), run.out());
        if (text.contains("pastry") && !text.contains("col:") && !text.contains("NEAR")) {
            assertTrue(run.out().contains("q-grushko-pastry"), run.out());
        }
    }

    /** A misspelt name found nothing and said no more; the command offers the spelling the papers use. */
    @Test
    void aMisspeltSearchOffersThePapersSpelling() {
        CliRun run = CliRun.of("search", "--db", CliRun.seeded(tmp.resolve("p.db")), "Stoltenbreg");
        assertEquals(0, run.exit(), run.err());
        assertEquals("no match for \"Stoltenbreg\"\ndid you mean \"Stoltenberg\"?\n", run.out().replace("\r\n", "\n"));
    }

    /** A sentence pasted whole is searched by its first 32 words: the command says so, as the Search tab does. */
    @Test
    void aSearchCutToItsFirstWordsSaysSo() {
        String db = CliRun.seeded(tmp.resolve("p.db"));
        String sentence = "After Monday's talks, Sergei A. Ryabkov, who led the Russian side, warned that if the West did not agree "
                + "to Russia's demands to pull back NATO's footprint in Eastern Europe and reject any future membership for "
                + "Ukraine, it would face unspecified consequences";
        CliRun run = CliRun.of("search", "--db", db, sentence);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("article nyt"), run.out());
        assertTrue(run.out().contains("(only the first 32 of its 42 words were searched)"), run.out());
        assertFalse(CliRun.of("search", "--db", db, "Ryabkov").out().contains("were searched"));
    }

    @Test
    void aNameTypedWithItsStrokeFindsThePapersSpelling() {
        // The NYT writes "Lukasz Jasina"; a reader types the name as it is spelled in Polish.
        String db = CliRun.seeded(tmp.resolve("p.db"));
        CliRun typed = CliRun.of("search", "--db", db, "Łukasz Jasina");
        assertEquals(CliRun.of("search", "--db", db, "Lukasz Jasina").out(), typed.out());
        assertTrue(typed.out().contains("article nyt") && typed.out().contains("«Lukasz» «Jasina»"), typed.out());
        assertTrue(CliRun.of("search", "--db", db, "spokesman Ł").out().contains("«Lukasz»"), "typed last, a prefix");
    }

    @Test
    void anAbbreviationIsMarkedWithItsLastDot() {
        CliRun run = CliRun.of("search", "--db", CliRun.seeded(tmp.resolve("p.db")), "U.S. officials");
        assertTrue(run.out().contains("«U.S.» «officials»"), run.out());
        assertFalse(run.out().contains("»."), run.out());
        CliRun undotted = CliRun.of("search", "--db", CliRun.seeded(tmp.resolve("p.db")), "US officials");
        assertTrue(undotted.out().contains("event us-officials-no-drawback") && undotted.out().contains("«U.S.» «officials»"),
                "typed without dots: " + undotted.out());
    }

    @Test
    void aSearchForNothingIsAUsageErrorNotAMatchlessSearch() {
        String db = CliRun.seeded(tmp.resolve("p.db"));
        for (String blank : List.of("", "   ")) {
            CliRun run = CliRun.of("search", "--db", db, blank);
            assertEquals(2, run.exit(), run.out());
            assertTrue(run.err().contains("TEXT is empty; give the words to search for"), run.err());
            assertFalse(run.out().contains("no match"), run.out());
        }
    }

    /** "-nato" is read as -n with "ato" stuck to it: the refusal says how to search for words that begin with a dash. */
    @Test
    void aWordBeginningWithADashThatReadsAsAnOptionIsShownTheWayToSearchForIt() {
        String db = CliRun.seeded(tmp.resolve("p.db"));
        CliRun run = CliRun.of("search", "--db", db, "-nato");
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains("If \"-nato\" was not meant for -n, put -- before it: parley search -- -nato"), run.err());
        CliRun words = CliRun.of("search", "--db", db, "--", "-nato");
        assertEquals(0, words.exit(), words.err());
        assertTrue(words.out().contains("NATO"), words.out());
        CliRun number = CliRun.of("search", "--db", db, "-n", "x", "NATO");
        assertFalse(number.err().contains("put --"), "a value given apart is meant for the option: " + number.err());
    }

    @Test
    void searchRanksAndShowsTheSnippet() {
        CliRun run = CliRun.of("search", "--db", CliRun.seeded(tmp.resolve("p.db")), "pastry");
        assertTrue(run.out().contains("«pastry»"), run.out());
        assertFalse(run.out().contains("the best"), "every match listed: " + run.out());
    }

    /** A full name no text holds whole finds its actor first, as in the app's Search tab. */
    @Test
    void searchListsTheActorsWhoseNamesMatchFirst() {
        CliRun run = CliRun.of("search", "--db", CliRun.seeded(tmp.resolve("p.db")), "Alexander", "Grushko");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(" 1. Alexander Grushko — actor grushko", lines.get(0), run.out());
        assertTrue(lines.get(1).contains("also Aleksandr V. «Grushko»"), run.out());
        assertTrue(lines.get(2).startsWith(" 2. ") && lines.get(2).contains("— article "), run.out());
        // An actor counts toward --limit like any hit.
        CliRun one = CliRun.of("search", "--db", CliRun.seeded(tmp.resolve("p.db")), "--limit", "1", "Grushko");
        assertTrue(one.out().startsWith(" 1. Alexander Grushko — actor grushko")
                && one.out().contains("(the best 1 of "), one.out());
    }

    @Test
    void aSearchCutShortByItsLimitSaysHowManyMatched() {
        CliRun all = CliRun.of("search", "--db", CliRun.seeded(tmp.resolve("p.db")), "--limit", "1000", "russia");
        int matches = (int) all.out().lines().filter(l -> l.matches(" ?\\d+\\. .*")).count();
        assertTrue(matches > 2, all.out());
        CliRun two = CliRun.of("search", "--db", CliRun.seeded(tmp.resolve("p.db")), "--limit", "2", "russia");
        assertEquals(0, two.exit(), two.err());
        assertTrue(two.out().contains("(the best 2 of " + matches + " matches; --limit shows more)"), two.out());
    }

    /** A mistyped --db had become a new database holding the week, shown as if it were the user's. */
    @Test
    void aDatabaseThatDoesNotExistIsNamedNotMade() {
        Path missing = tmp.resolve("no").resolve("such").resolve("x.db");
        for (String command : List.of("stats", "search", "check", "backups", "repair")) {
            CliRun run = command.equals("search") ? CliRun.of(command, "--db", missing.toString(), "Grushko")
                    : CliRun.of(command, "--db", missing.toString());
            assertEquals(1, run.exit(), command + ": " + run.out());
            assertTrue(run.err().contains("no database at " + missing), command + ": " + run.err());
        }
        CliRun export = CliRun.of("export-data", "--db", missing.toString(), "--format", "json", "--out",
                tmp.resolve("out").toString());
        assertEquals(1, export.exit());
        assertFalse(Files.exists(tmp.resolve("no")), "no folder or database was made");
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    /** "no database at -x.db" had ended "(\"parley import --db -x.db\" makes a new one)", which import refuses. */
    @Test
    void aMissingDatabaseIsOfferedOnlyANameImportTakes() {
        for (String name : List.of("-x.db", "x.db.", "a\nb.db")) {
            Path missing = tmp.resolve(name);
            CliRun stats = CliRun.of("stats", "--db", missing.toString());
            assertEquals(1, stats.exit(), stats.err());
            assertTrue(stats.err().contains("no database at "), stats.err());
            assertFalse(stats.err().contains("parley import"), stats.err());
            assertEquals(2, CliRun.of("import", "--db", missing.toString()).exit(), name);
        }
        CliRun plain = CliRun.of("stats", "--db", tmp.resolve("x.db").toString());
        assertTrue(plain.err().contains("\"parley import --db " + tmp.resolve("x.db") + "\" makes a new one"), plain.err());
    }

    /** The possessive is one phrase: "Russia's" had also found every passage with Russia and a word in s. */
    @Test
    void aPossessiveFindsThePossessive() {
        ParleyStore store = ParleyStore.open(Path.of(CliRun.seeded(tmp.resolve("p.db"))));
        try (store) {
            possessives(store);
        }
    }

    /** A database deleted by mistake: its backups are listed, and one restored makes it again. */
    @Test
    void aDeletedDatabaseIsMadeAgainFromItsBackup() throws Exception {
        Path file = tmp.resolve("gone.db");
        String db = CliRun.seeded(file);
        Path other = tmp.resolve("gen50");
        assertEquals(0, CliRun.of("generate", "--events", "50", "--out", other.toString()).exit());
        assertEquals(0, CliRun.of("import", "--db", db, "--replace", other.toString()).exit());
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        CliRun list = CliRun.of("backups", "--db", db);
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("There is no database at") && list.out().contains("The week of"), list.out());
        String name = list.out().lines().map(String::strip).filter(l -> l.startsWith("gone.db-")).findFirst().orElseThrow()
                .split("\\s+")[0];
        CliRun restore = CliRun.of("backups", "--db", db, "--restore", name);
        assertEquals(0, restore.exit(), restore.err());
        CliRun stats = CliRun.of("stats", "--db", db);
        assertTrue(stats.out().contains("The week of"), stats.out());
    }

    @Test
    void aSearchWithNothingButWordsToLeaveOutSaysSo() {
        CliRun run = CliRun.of("search", "--db", CliRun.seeded(tmp.resolve("n.db")), "NOT", "Russia");
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains("NOT leaves out what holds the next word, so it needs a word to look for before it"),
                run.err());
        assertFalse(run.out().contains("Russia"), "no hits for Russia: " + run.out());
    }

    private static void possessives(ParleyStore store) {
        int possessive = store.searchCount("Russia's");
        assertTrue(possessive > 0, "the papers write Russia\u2019s");
        assertEquals(possessive, store.searchCount("Russia\u2019s"), "either apostrophe");
        assertTrue(possessive < store.searchCount("russia") / 2,
                possessive + " of " + store.searchCount("russia") + " passages with Russia");
        for (SearchHit h : store.search("Russia's", 100)) {
            String plain = h.snippet().replace(SearchHit.MARK_START, "").replace(SearchHit.MARK_END, "");
            // A snippet may end at the word itself: "… a severe price on Russia…".
            assertTrue(plain.matches("(?s).*Russia(['\u2019]s.*|\u2026)"), plain);
        }
    }

    @Test
    void statsCountsEveryTable() {
        CliRun run = CliRun.of("stats", "--db", CliRun.seeded(tmp.resolve("p.db")));
        assertEquals(0, run.exit(), run.err());
        Dataset seeds = BundledSeeds.dataset();
        assertTrue(run.out().matches("(?s).*\\n  events +" + seeds.events().size() + "\\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  quotes +" + seeds.quotes().size() + "\\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  actors +" + seeds.actors().size() + "\\n.*"), run.out());
        assertTrue(run.out().contains("The Washington Post"), run.out());
        assertTrue(run.out().contains("The New York Times"), run.out());
    }

    @Test
    void everyCommandHasHelp() {
        List<String> commands = List.copyOf(Main.commandLine().getSubcommands().keySet());
        assertEquals(List.of("validate", "import", "generate", "stats", "search", "export-data", "export-image",
                "handout", "bench", "backups", "check", "repair"), commands, "a new command must be listed here and in the README");
        for (String command : commands) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exit(), command + ": " + run.err());
            assertTrue(run.out().startsWith("Usage: parley " + command), run.out());
        }
        CliRun top = CliRun.of("--help");
        assertEquals(0, top.exit());
        for (String command : commands) {
            assertTrue(top.out().contains("  " + command + " "), command + " missing from " + top.out());
        }
    }

    private static Path copySeeds(Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(SEEDS)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    /** The database's bytes with its WAL folded in, so two states compare like for like. */
    private static byte[] checkpointedBytes(Path db) throws Exception {
        try (ParleyStore store = ParleyStore.open(db)) {
            store.stats();
        }
        return Files.readAllBytes(db);
    }
}
