package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case spoils the valid fixture in one way and checks that the problem is reported against
 * week.json at the exact line and column of the offending value, with the record it belongs to.
 */
class MalformedDatasetTest {

    /**
     * @param anchor text whose position is where the problem must be reported; a {@code |} inside it
     *               marks the exact character, otherwise it is the anchor's first character
     * @param record the record label the problem must name ("" for none)
     */
    record Case(String name, String find, String replacement, String anchor, String record, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        String nrc = "events[0] (id \"nrc-meeting\")";
        String missions = "events[1] (id \"missions-shut\")";
        String enlargements = "events[2] (id \"enlargements\")";
        return Stream.of(
                new Case("malformed JSON: double comma", "\"title\": \"Test week\",", "\"title\": \"Test week\",,",
                        "\"Test week\",|,", "", "malformed JSON: a comma too many"),
                new Case("malformed JSON: unterminated string", "\"title\": \"Test week\",", "\"title\": \"Test week,",
                        "\"title\": \"Test week,|", "", "malformed JSON: a line break (U+000A) inside a string: its closing quote is missing"),
                new Case("malformed JSON: content after the dataset", "\"events\": [\"nrc-meeting\"]\n    }\n  ]\n}",
                        "\"events\": [\"nrc-meeting\"]\n    }\n  ]\n} {}", "} |{}", "",
                        "unexpected content after the end of the dataset object"),
                new Case("top level is an array", null, "[1, 2]", "[", "", "a dataset must be a JSON object, not an array"),
                new Case("focus ends before it starts", "\"description\":",
                        "\"focus\": {\"from\": \"2022-01-13\", \"to\": \"2022-01-09\"},\n  \"description\":",
                        "\"2022-01-09\"", "focus", "the focus ends (2022-01-09) before it starts (2022-01-13)"),
                new Case("focus with an unknown field", "\"description\":",
                        "\"focus\": {\"from\": \"2022-01-09\", \"until\": \"2022-01-13\"},\n  \"description\":",
                        "\"until\"", "focus", "unknown field \"until\"; allowed: from, to"),
                new Case("unknown dataset zone", "\"description\":", "\"zone\": \"Europe/Atlantis\",\n  \"description\":",
                        "\"Europe/Atlantis\"", "dataset", "unknown zone \"Europe/Atlantis\""),
                new Case("missing title", "  \"title\": \"Test week\",\n", "", "{", "dataset",
                        "missing required field \"title\""),
                new Case("unknown top-level field", "\"description\":", "\"titel\": \"x\",\n  \"description\":",
                        "\"titel\"", "dataset", "unknown field \"titel\""),
                new Case("unknown nested field", "{\"source\": \"wapo\", \"text\": \"nearly four-hour meeting in Brussels\"}",
                        "{\"source\": \"wapo\", \"sorce\": \"x\", \"text\": \"nearly four-hour meeting in Brussels\"}",
                        "\"sorce\"", nrc + ".evidence[0]", "unknown field \"sorce\"; allowed: source, text"),
                new Case("description of the wrong type", "\"description\": \"A tiny dataset for the seed tests\"",
                        "\"description\": 7", "\"description\": |7", "dataset", "\"description\" must be a string, not a number"),
                new Case("lat as a string", "\"lat\": 50.8503", "\"lat\": \"50.8503\"", "\"50.8503\"",
                        "places[0] (id \"brussels\")", "\"lat\" must be a number, not a string"),
                new Case("order not whole", "\"order\": 1,", "\"order\": 1.5,", "1.5", nrc,
                        "\"order\" must be a whole number, not 1.5"),
                new Case("refers not an array", "\"refers\": [\"ukraine\"]", "\"refers\": \"ukraine\"",
                        "\"refers\": |\"ukraine\"", nrc, "\"refers\" must be an array, not a string"),
                new Case("alias not a string", "\"aliases\": [\"Mr. Grushko\"]", "\"aliases\": [\"Mr. Grushko\", 7]",
                        "\"Mr. Grushko\", |7", "actors[0] (id \"grushko\")", "aliases[1] must be a string, not a number"),
                new Case("inferred not a boolean", "\"inferred\": true", "\"inferred\": \"yes\"", "\"yes\"", missions,
                        "\"inferred\" must be true or false, not a string"),
                new Case("cameo as a number", "\"cameo\": \"16\"", "\"cameo\": 16", "\"cameo\": |16", missions,
                        "\"cameo\" must be a string, not a number"),
                new Case("blank name", "\"name\": \"NATO\",", "\"name\": \"  \",", "\"  \"", "actors[1] (id \"nato\")",
                        "\"name\" must not be blank"),
                new Case("bad id format", "\"id\": \"nato\",", "\"id\": \"NATO_HQ\",", "\"NATO_HQ\"",
                        "actors[1] (id \"NATO_HQ\")", "id \"NATO_HQ\" may hold only a–z, 0–9 and '-', and may not start with '-' "
                                + "(^[a-z0-9][a-z0-9-]*$); its character 1, \"N\", is not one of those"),
                new Case("an id with a right-to-left mark", "\"id\": \"nato\",", "\"id\": \"na\u200Fto\",", "\"na\u200Fto\"",
                        "actors[1] (id \"na\\u200Fto\")", "id \"na\\u200Fto\" may hold only a–z, 0–9 and '-', and may not start"
                                + " with '-' (^[a-z0-9][a-z0-9-]*$) (it holds U+200F, a right-to-left mark, which draws nothing, at character 3)"),
                new Case("a reference with a zero-width space", "{\"actor\": \"grushko\",", "{\"actor\": \"grushko\u200B\",",
                        "\"grushko\u200B\"", "events[0] (id \"nrc-meeting\").actors[0]", "actor \"grushko\\u200B\" is not the id of"
                                + " any actor (it holds U+200B, a zero width space, which draws nothing, at character 8)"),
                new Case("duplicate actor id", "\"id\": \"nato\",", "\"id\": \"grushko\",",
                        "\"id\": |\"grushko\",\n      \"name\": \"NATO\"", "actors[1] (id \"grushko\")",
                        "duplicate id \"grushko\": another actor already has it (at 25:13)"),
                new Case("duplicate field in an object", "\"title\": \"Missions shut\",",
                        "\"title\": \"Missions shut\",\n      \"title\": \"Again\",", "\"title\": \"Again\"", "",
                        "field \"title\" appears twice in the same object"),
                new Case("unknown place", "\"place\": \"brussels\",", "\"place\": \"bruxelles\",", "\"bruxelles\"", nrc,
                        "place \"bruxelles\" is not the id of any place"),
                new Case("unknown place referred to", "\"refers\": [\"ukraine\"]", "\"refers\": [\"ukraine\", \"crimea\"]",
                        "\"crimea\"", nrc, "refers \"crimea\" is not the id of any place"),
                new Case("unknown participant", "{\"actor\": \"grushko\"", "{\"actor\": \"grushkov\"", "\"grushkov\"",
                        nrc + ".actors[0]", "actor \"grushkov\" is not the id of any actor"),
                new Case("unknown evidence source", "{\"source\": \"wapo\", \"text\": \"nearly four-hour meeting in Brussels\"}",
                        "{\"source\": \"wp\", \"text\": \"nearly four-hour meeting in Brussels\"}", "\"wp\"",
                        nrc + ".evidence[0]", "source \"wp\" is not the id of any source"),
                new Case("unknown quote speaker", "\"speaker\": \"grushko\"", "\"speaker\": \"lavrov\"", "\"lavrov\"",
                        "quotes[0] (id \"q-frank\")", "speaker \"lavrov\" is not the id of any actor"),
                new Case("unknown quote event", "\"event\": \"nrc-meeting\"", "\"event\": \"nrc\"", "\"nrc\"",
                        "quotes[0] (id \"q-frank\")", "event \"nrc\" is not the id of any event"),
                new Case("unknown divergence event", "\"events\": [\"nrc-meeting\"]",
                        "\"events\": [\"nrc-meeting\", \"geneva\"]", "\"geneva\"", "divergences[0] (id \"div-length\")",
                        "events \"geneva\" is not the id of any event"),
                new Case("unknown reading source", "{\"source\": \"wapo\", \"text\": \"nearly four-hour meeting\"}",
                        "{\"source\": \"post\", \"text\": \"nearly four-hour meeting\"}", "\"post\"",
                        "divergences[0] (id \"div-length\").readings[0]", "source \"post\" is not the id of any source"),
                new Case("unknown event kind", "\"kind\": \"meeting\"", "\"kind\": \"meet\"", "\"meet\"", nrc,
                        "unknown kind \"meet\"; allowed: meeting, statement, briefing, proposal, military, reaction,"
                                + " decision, conflict, economy"),
                new Case("unknown track", "\"track\": \"nato-russia-council\"", "\"track\": \"nrc\"", "\"nrc\"", nrc,
                        "unknown track \"nrc\"; allowed: geneva-talks, nato-russia-council, osce-vienna"),
                new Case("unknown group", "\"group\": \"russia\"", "\"group\": \"kremlin\"", "\"kremlin\"",
                        "actors[0] (id \"grushko\")", "unknown group \"kremlin\"; allowed: united-states, nato-allies, russia"),
                new Case("unknown place kind", "\"kind\": \"city\"", "\"kind\": \"town\"", "\"town\"",
                        "places[0] (id \"brussels\")", "unknown kind \"town\"; allowed: venue, city, country, region"),
                new Case("unknown precision", "\"precision\": \"day\"", "\"precision\": \"week\"", "\"week\"", nrc,
                        "unknown precision \"week\"; allowed: decade, year, season, month, day, hour, minute"),
                new Case("date that does not parse", "\"start\": \"2022-01-12\"", "\"start\": \"2022-13-01\"",
                        "\"2022-13-01\"", nrc, "start \"2022-13-01\" is written as YYYY-MM-DD, but there is no month 13"),
                new Case("date at the wrong grain", "\"start\": \"2021-09\"", "\"start\": \"2021-09-15\"", "\"2021-09-15\"",
                        missions, "start \"2021-09-15\" is not a season date (expected YYYY-MM)"),
                new Case("decade not ending in 0", "\"start\": \"1990\"", "\"start\": \"1995\"", "\"1995\"", enlargements,
                        "decade \"1995\" must start with a year ending in 0"),
                new Case("end before start", "\"end\": \"\",", "\"end\": \"2022-01-10\",", "\"2022-01-10\"", nrc,
                        "end \"2022-01-10\" is before start \"2022-01-12\""),
                new Case("unknown zone", "\"zone\": \"Europe/Moscow\"", "\"zone\": \"Europe/Moskva\"", "\"Europe/Moskva\"",
                        missions, "unknown zone \"Europe/Moskva\""),
                new Case("an offset for a zone", "\"zone\": \"Europe/Moscow\"", "\"zone\": \"+03:00\"", "\"+03:00\"",
                        missions, "\"+03:00\" is an offset, not a zone; use an IANA zone"),
                new Case("UTC with an offset for a zone", "\"zone\": \"Europe/Moscow\"", "\"zone\": \"UTC+03:00\"",
                        "\"UTC+03:00\"", missions, "\"UTC+03:00\" is an offset, not a zone"),
                new Case("a fixed offset under a zone's name", "\"zone\": \"Europe/Moscow\"", "\"zone\": \"Etc/GMT-3\"",
                        "\"Etc/GMT-3\"", missions, "\"Etc/GMT-3\" is a fixed offset, not a place's zone"),
                new Case("a divergence of one reading", "        {\"source\": \"wapo\", \"text\": \"nearly four-hour meeting\"},\n",
                        "", "\"readings\": |[", "divergences[0] (id \"div-length\")",
                        "a divergence sets two papers' readings side by side: it needs at least two, not 1"),
                new Case("an alias listed twice", "\"aliases\": [\"Mr. Grushko\"]",
                        "\"aliases\": [\"Mr. Grushko\", \"Mr. Grushko\"]", "\"Mr. Grushko\", |\"Mr. Grushko\"",
                        "actors[0] (id \"grushko\")", "aliases[1] \"Mr. Grushko\" is listed twice"),
                new Case("a place referred to twice", "\"refers\": [\"ukraine\"]", "\"refers\": [\"ukraine\", \"ukraine\"]",
                        "\"ukraine\", |\"ukraine\"", nrc, "refers[1] \"ukraine\" is listed twice"),
                new Case("latitude out of range", "\"lat\": 49.0", "\"lat\": 91.5", "91.5", "places[1] (id \"ukraine\")",
                        "\"lat\" 91.5 is out of range (-90 to 90)"),
                new Case("longitude out of range", "\"lon\": 31.0", "\"lon\": -180.5", "-180.5", "places[1] (id \"ukraine\")",
                        "\"lon\" -180.5 is out of range (-180 to 180)"),
                // Read as a double they had been "Infinity" and "1.0E22", words the dataset's author never wrote.
                new Case("latitude past what a double holds", "\"lat\": 49.0", "\"lat\": 1e400", "1e400",
                        "places[1] (id \"ukraine\")", "\"lat\" 1E+400 is out of range (-90 to 90)"),
                new Case("longitude of 22 digits", "\"lon\": 31.0", "\"lon\": -9999999999999999999999", "-9999999999999999999999",
                        "places[1] (id \"ukraine\")", "\"lon\" -9999999999999999999999 is out of range (-180 to 180)"),
                new Case("country not numeric", "\"country\": \"056\"", "\"country\": \"BE\"", "\"BE\"",
                        "places[0] (id \"brussels\")", "must be an ISO 3166-1 numeric code of 3 digits"),
                new Case("cameo with a letter", "\"cameo\": \"043\"", "\"cameo\": \"43a\"", "\"43a\"", nrc,
                        "cameo \"43a\" must be a CAMEO code of 2–4 digits"),
                new Case("cameo too long", "\"cameo\": \"0871\"", "\"cameo\": \"08712\"", "\"08712\"", enlargements,
                        "cameo \"08712\" must be a CAMEO code of 2–4 digits"),
                new Case("event with empty evidence", "\"evidence\": [{\"source\": \"wapo\", \"text\": \"He said, “We are ready.”\"}]",
                        "\"evidence\": []", "[]", missions, "an event needs at least one evidence"),
                new Case("event without evidence", ",\n      \"evidence\": [{\"source\": \"nyt\", \"text\": \"NATO’s “open door\\\"\"}]",
                        "", "{\n      \"id\": \"enlargements\"", enlargements, "missing required field \"evidence\""),
                new Case("inferred without a note", "\"note\": \"Dated from the articles' \\\"last fall\\\".\"",
                        "\"note\": \" \"", "\" \"", missions, "an inferred event needs a \"note\" saying why it is here"),
                new Case("source file missing", "\"file\": \"nyt.txt\"", "\"file\": \"nytimes.txt\"", "\"nytimes.txt\"",
                        "sources[1] (id \"nyt\")", "source file \"nytimes.txt\" not found in "),
                new Case("source file outside the folder", "\"file\": \"nyt.txt\"", "\"file\": \"../nyt.txt\"",
                        "\"../nyt.txt\"", "sources[1] (id \"nyt\")",
                        "source file \"../nyt.txt\" must be a plain file name beside the dataset, not a path"),
                new Case("published not a date", "\"published\": \"2022-01-12\",\n      \"dateline\"",
                        "\"published\": \"12 Jan 2022\",\n      \"dateline\"", "\"12 Jan 2022\"", "sources[0] (id \"wapo\")",
                        "\"published\" must be an ISO date (YYYY-MM-DD), not \"12 Jan 2022\""),
                new Case("evidence with straight quotes where the source has curly ones",
                        "\"text\": \"He said, “We are ready.”\"", "\"text\": \"He said, \\\"We are ready.\\\"\"",
                        "\"He said", missions + ".evidence[0]",
                        "text not found in source \"wapo\" (wapo.txt); the source has a near match at offset 123 that"
                                + " differs in quote style: \"He said, “We are ready.”\""),
                new Case("evidence with a changed word", "\"text\": \"nearly four-hour meeting in Brussels\"",
                        "\"text\": \"nearly four-hour meeting at Brussels\"", "\"nearly four-hour meeting at",
                        nrc + ".evidence[0]", "the first 25 characters match at offset 156, then the source reads"
                                + " \"in Brussels, NATO said i\" where the text has \"at Brussels\""),
                new Case("evidence found twice", "{\"source\": \"wapo\", \"text\": \"He said, “We are ready.”\"}",
                        "{\"source\": \"wapo\", \"text\": \"Read more.\"}", "\"Read more.\"", missions + ".evidence[0]",
                        "text occurs more than once in source \"wapo\" (wapo.txt) (at offsets 229 and 240); quote enough context"),
                new Case("quote not found", "\"text\": \"frank.\",", "\"text\": \"frankly\",", "\"frankly\"",
                        "quotes[0] (id \"q-frank\")", "text not found in source \"wapo\" (wapo.txt)"),
                new Case("reading found twice", "{\"source\": \"wapo\", \"text\": \"nearly four-hour meeting\"}",
                        "{\"source\": \"wapo\", \"text\": \"e\"}", "\"e\"", "divergences[0] (id \"div-length\").readings[0]",
                        "text occurs more than once"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheProblemWithFileLineColumnAndRecord(Case c) {
        String json = c.find() == null ? c.replacement()
                : SeedFixtures.replaceOnce(SeedFixtures.validJson(), c.find(), c.replacement());
        List<Problem> problems = SeedFixtures.problemsOf(json);

        Problem p = problems.stream().filter(x -> x.message().contains(c.message())).findFirst()
                .orElseThrow(() -> new AssertionError("no problem says \"" + c.message() + "\"; got:\n" + problems));
        int mark = c.anchor().indexOf('|');
        String anchor = c.anchor().replace("|", "");
        int at = json.indexOf(anchor);
        assertTrue(at >= 0, "anchor not in the spoiled JSON: " + anchor);
        int[] expected = SeedFixtures.lineColumn(json, at + Math.max(mark, 0));

        assertEquals(SeedFixtures.FILE, p.file(), p.toString());
        assertEquals(expected[0] + ":" + expected[1], p.line() + ":" + p.column(), p.toString());
        assertEquals(c.record(), p.record(), p.toString());
        String prefix = SeedFixtures.FILE + ":" + expected[0] + ":" + expected[1] + ": "
                + (c.record().isEmpty() ? "" : c.record() + ": ");
        assertTrue(p.toString().startsWith(prefix), () -> p + " does not start with " + prefix);
    }

    /** A NUL went raw into CSV and a right-to-left override reversed the status line: control characters are refused, where they are. */
    @Test
    void controlCharactersInATextAreRefusedWithWhereTheyAre() {
        String nul = SeedFixtures.replaceOnce(SeedFixtures.validJson(), "\"title\": \"Missions", "\"title\": \"\\u0000Missions");
        assertOneProblemEndingWith(nul, "\"title\" holds the control character U+0000 at character 1; remove it");
        String override = SeedFixtures.replaceOnce(SeedFixtures.validJson(), "\"title\": \"Missions", "\"title\": \"Mi\u202Essions");
        assertOneProblemEndingWith(override, "\"title\" holds the direction control U+202E (right-to-left override: it shows "
                + "the text after it in another order) at character 3; remove it");
        assertEquals(-1, RecordFields.unprintable("Line\tone\nline two \u200F\u2067\u05E9\u2069"),
                "tabs, line breaks, marks and isolates stay");
    }

    /** "Collapse\tof\nthe Soviet Union" was drawn "Collapseofthe Soviet Union": a title is one line. */
    @Test
    void aTabOrLineBreakInATitleIsRefused() {
        String tab = SeedFixtures.replaceOnce(SeedFixtures.validJson(), "\"title\": \"Missions", "\"title\": \"Mis\\tsions");
        assertOneProblemEndingWith(tab, "\"title\" is one line, but holds a tab at character 4; use a space");
        String br = SeedFixtures.replaceOnce(SeedFixtures.validJson(), "\"title\": \"Missions", "\"title\": \"Missions\\n");
        assertOneProblemEndingWith(br, "\"title\" is one line, but holds a line break at character 9; use a space");
        String separator = SeedFixtures.replaceOnce(SeedFixtures.validJson(), "\"title\": \"Missions",
                "\"title\": \"Mis\\u2028sions");
        assertOneProblemEndingWith(separator,
                "\"title\" is one line, but holds a line separator (U+2028) at character 4; use a space");
        String paragraph = SeedFixtures.replaceOnce(SeedFixtures.validJson(), "\"title\": \"Missions",
                "\"title\": \"Missions\u2029");
        assertOneProblemEndingWith(paragraph,
                "\"title\" is one line, but holds a paragraph separator (U+2029) at character 9; use a space");
    }

    /** As the schema's minItems: an empty dataset is refused, so it can never replace a user's data with nothing. */
    @Test
    void aDatasetWithoutSourcesIsRefused() {
        String json = "{\"title\": \"Empty\", \"sources\": [], \"actors\": [], \"places\": [], \"events\": [], "
                + "\"quotes\": [], \"divergences\": [], \"positions\": []}";
        assertOneProblemEndingWith(json, "\"sources\" is empty: a dataset needs at least one source for its evidence");
    }

    @Test
    void aWronglyTypedArrayIsOneProblemNotTwo() {
        String json = SeedFixtures.replaceOnce(SeedFixtures.validJson(),
                "\"evidence\": [{\"source\": \"wapo\", \"text\": \"He said, “We are ready.”\"}]",
                "\"evidence\": \"He said\"");
        assertOneProblemEndingWith(json,
                "events[1] (id \"missions-shut\"): \"evidence\" must be an array, not a string");
    }

    /** Two readings of one paper are no divergence between papers; the Compare tab showed one sentence twice. */
    @Test
    void aDivergenceWhoseReadingsAreAllOfOnePaperIsRefused() {
        String first = "{\"source\": \"wapo\", \"text\": \"nearly four-hour meeting\"},\n        ";
        String json = SeedFixtures.replaceOnce(SeedFixtures.validJson(),
                first + "{\"source\": \"nyt\", \"text\": \"After four hours of talks\"}",
                first + "{\"source\": \"wapo\", \"text\": \"nearly four-hour meeting in Brussels\"}");
        assertOneProblemEndingWith(json, "divergences[0] (id \"div-length\"): every reading is from \"wapo\": a divergence "
                + "sets two papers' readings side by side");
    }

    @Test
    void aParticipantOrAPassageListedTwiceIsRefusedAtTheRepeat() {
        String twice = SeedFixtures.replaceOnce(SeedFixtures.validJson(),
                "\"actors\": [{\"actor\": \"grushko\", \"role\": \"head of delegation\"}]",
                "\"actors\": [{\"actor\": \"grushko\", \"role\": \"head of delegation\"}, {\"actor\": \"grushko\"}]");
        assertOneProblemEndingWith(twice, "events[0] (id \"nrc-meeting\"): actors[1]: actor \"grushko\" is listed twice");
        String passage = SeedFixtures.replaceOnce(SeedFixtures.validJson(),
                "{\"source\": \"wapo\", \"text\": \"nearly four-hour meeting in Brussels\"},",
                "{\"source\": \"wapo\", \"text\": \"nearly four-hour meeting in Brussels\"},\n"
                        + "        {\"source\": \"wapo\", \"text\": \"nearly four-hour meeting in Brussels\"},");
        assertOneProblemEndingWith(passage, "events[0] (id \"nrc-meeting\"): evidence[1]: passage of \"wapo\" "
                + "(\"nearly four-hour meeting in Brussels\") is listed twice");
    }

    /** A long list is checked for repeats as a short one is: every repeat said, at its own place. */
    @Test
    void everyRepeatOfALongListIsSaid() {
        String many = String.join(", ", Collections.nCopies(10, "{\"actor\": \"grushko\"}"));
        String json = SeedFixtures.replaceOnce(SeedFixtures.validJson(),
                "\"actors\": [{\"actor\": \"grushko\", \"role\": \"head of delegation\"}]", "\"actors\": [" + many + "]");
        List<Problem> problems = SeedFixtures.problemsOf(json);
        assertEquals(9, problems.size(), problems::toString);
        for (int i = 1; i < 10; i++) {
            assertTrue(problems.get(i - 1).toString().endsWith("events[0] (id \"nrc-meeting\"): actors[" + i
                    + "]: actor \"grushko\" is listed twice"), problems::toString);
        }
    }

    /** Two sources of one file gave a hundred "text not found" problems and no word of the cause. */
    @Test
    void twoSourcesOfOneFileAreRefusedFirstForThat() {
        String json = SeedFixtures.replaceOnce(SeedFixtures.validJson(), "\"file\": \"nyt.txt\"", "\"file\": \"wapo.txt\"");
        List<Problem> problems = SeedFixtures.problemsOf(json);
        assertTrue(problems.get(0).toString().contains("sources[1] (id \"nyt\"): source file \"wapo.txt\" is another "
                + "source's file too"), problems::toString);
    }

    /** A focus of 0001 to 9999 drew an empty axis on every timeline opened on it. */
    @Test
    void aFocusFarBeyondTheEventsIsRefused() {
        String json = SeedFixtures.replaceOnce(SeedFixtures.validJson(), "\"description\":",
                "\"focus\": {\"from\": \"0001-01-01\", \"to\": \"9999-12-31\"},\n  \"description\":");
        List<Problem> problems = SeedFixtures.problemsOf(json);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).toString().contains("dataset: the focus (0001-01-01 to 9999-12-31) runs more than a year "
                + "beyond the events"), problems::toString);
    }

    @Test
    void anActorWithMoreOtherNamesThanCanBeListedIsRefused() {
        String many = IntStream.rangeClosed(1, DatasetMapper.MAX_ALIASES + 1)
                .mapToObj(i -> "\"Name " + i + "\"").collect(Collectors.joining(", "));
        String json = SeedFixtures.replaceOnce(SeedFixtures.validJson(), "\"aliases\": [\"Mr. Grushko\"]",
                "\"aliases\": [" + many + "]");
        assertOneProblemEndingWith(json, "actors[0] (id \"grushko\"): an actor has at most 100 other names, not 101");
    }

    private static void assertOneProblemEndingWith(String json, String ending) {
        List<Problem> problems = SeedFixtures.problemsOf(json);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).toString().endsWith(ending), problems::toString);
    }

    /** Samoa skipped 30 December 2011: a day that never was there was stored as a span of no length. */
    @Test
    void aDayTheZoneSkippedIsRefused() {
        String json = SeedFixtures.replaceOnce(SeedFixtures.validJson().replace("\"published\": \"2022-01-12\"",
                        "\"published\": \"2022-04-01\""),
                "\"start\": \"2022-01-12\",\n      \"end\": \"\",\n      \"zone\": \"Europe/Brussels\",\n      \"precision\": \"day\"",
                "\"start\": \"2011-12-30\",\n      \"end\": \"\",\n      \"zone\": \"Pacific/Apia\",\n      \"precision\": \"day\"");
        assertOneProblemEndingWith(json, "start 2011-12-30 did not happen in Pacific/Apia: the zone skipped that day");

        String dayAfter = json.replace("\"start\": \"2011-12-30\"", "\"start\": \"2011-12-31\"");
        Assertions.assertDoesNotThrow(() -> SeedFixtures.read(dayAfter));
    }

    /** An hour the clocks skip never happened there: stored, it would be a time that never was. */
    @Test
    void anHourInTheSpringGapIsRefusedAndTheHourBeforeItIsNot() {
        // Papers of April, so that a March event is one they could report.
        String json = SeedFixtures.replaceOnce(SeedFixtures.validJson().replace("\"published\": \"2022-01-12\"",
                        "\"published\": \"2022-04-01\""),
                "\"start\": \"2022-01-12\",\n      \"end\": \"\",\n      \"zone\": \"Europe/Brussels\",\n      \"precision\": \"day\"",
                "\"start\": \"2022-03-27T02\",\n      \"end\": \"\",\n      \"zone\": \"Europe/Brussels\",\n      \"precision\": \"hour\"");
        assertOneProblemEndingWith(json,
                "start 2022-03-27T02 did not happen in Europe/Brussels: the clocks went forward over it");

        // The hour before the gap, and a span ending with it, are real.
        String before = json.replace("\"start\": \"2022-03-27T02\",\n      \"end\": \"\"",
                "\"start\": \"2022-03-27T00\",\n      \"end\": \"2022-03-27T01\"");
        Assertions.assertDoesNotThrow(() -> SeedFixtures.read(before));
    }

    /** JSON allows any exponent; one no decimal holds is reported where it stands, not as an unexpected error. */
    @Test
    void aNumberWhoseExponentOverflowsIsOneLocatedProblem() {
        String json = SeedFixtures.replaceOnce(SeedFixtures.validJson(), "\"lat\": 49.0", "\"lat\": 1e2147483648");
        List<Problem> problems = SeedFixtures.problemsOf(json);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).toString().contains("\"lat\" must be a number, not the number 1e2147483648, "
                + "whose exponent is too large to read"), problems::toString);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String json = SeedFixtures.validJson();
        json = SeedFixtures.replaceOnce(json, "\"description\":", "\"titel\": \"x\",\n  \"description\":");
        json = SeedFixtures.replaceOnce(json, "\"file\": \"nyt.txt\"", "\"file\": \"nytimes.txt\"");
        json = SeedFixtures.replaceOnce(json, "\"group\": \"russia\"", "\"group\": \"kremlin\"");
        json = SeedFixtures.replaceOnce(json, "\"lat\": 49.0", "\"lat\": 91.5");
        json = SeedFixtures.replaceOnce(json, "\"kind\": \"meeting\"", "\"kind\": \"meet\"");
        json = SeedFixtures.replaceOnce(json, "\"text\": \"frank.\",", "\"text\": \"frankly\",");
        json = SeedFixtures.replaceOnce(json, "\"events\": [\"nrc-meeting\"]", "\"events\": [\"geneva\"]");

        String spoiled = json;
        DatasetException e = assertThrows(DatasetException.class, () -> SeedFixtures.read(spoiled));

        List<String> reported = e.problems().stream().map(Problem::toString).toList();
        List<String> expected = List.of(
                "week.json:3:3: dataset: unknown field \"titel\"",
                "sources[1] (id \"nyt\"): source file \"nytimes.txt\" not found",
                "actors[0] (id \"grushko\"): unknown group \"kremlin\"",
                "places[1] (id \"ukraine\"): \"lat\" 91.5 is out of range",
                "events[0] (id \"nrc-meeting\"): unknown kind \"meet\"",
                "quotes[0] (id \"q-frank\"): text not found in source \"wapo\"",
                "divergences[0] (id \"div-length\"): events \"geneva\" is not the id of any event");
        for (String want : expected) {
            assertTrue(reported.stream().anyMatch(r -> r.contains(want)), () -> "missing " + want + " in " + reported);
        }
        // Evidence in the unreadable source is not reported again as "not found": one cause, one problem.
        assertEquals(expected.size(), reported.size(), () -> String.join("\n", reported));
        for (String want : expected) {
            assertTrue(e.getMessage().contains(want), e.getMessage());
        }
    }
}
