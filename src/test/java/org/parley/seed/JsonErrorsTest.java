package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
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
        DatasetException e = Assertions.assertThrows(DatasetException.class,
                () -> new ExchangeFormatReader().read(dir));
        String message = e.problems().get(0).message();
        assertTrue(message.contains("the file ends before its JSON does") && message.contains("cut short"), message);
        assertTrue(message.matches(".*\\(no '\\]' closes the array opened at line \\d+, column \\d+\\).*"), message);
        assertFalse(message.contains("REDACTED") || message.contains("StreamReadFeature"), message);
    }

    @Test
    void switchesForProgrammersAreLeftOut() {
        assertEquals("NaN where a number should be: JSON has no NaN or Infinity; write the number in digits, e.g. 50.88",
                JsonErrors.plain("Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"));
        assertEquals("-Infinity where a number should be: JSON has no NaN or Infinity; write the number in digits, e.g. 50.88",
                JsonErrors.plain("Non-standard token '-Infinity': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"));
    }

    /** A text file chosen as a dataset read "Unrecognized token 'hello': was expecting (JSON String, Number, …)". */
    @Test
    void aFileThatIsNotJsonIsSaidToBeSo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("week.json"), "hello there\n");
        DatasetException e = Assertions.assertThrows(DatasetException.class,
                () -> new ExchangeFormatReader().read(dir.resolve("week.json")));
        String message = e.problems().get(0).message();
        assertTrue(message.contains("\"hello\" is not JSON") && message.contains("begins with '{'"), message);
        assertFalse(message.contains("was expecting"), message);
    }

    private static String firstProblem(Path dir, String json) throws Exception {
        Files.writeString(dir.resolve("week.json"), json);
        DatasetException e = Assertions.assertThrows(DatasetException.class,
                () -> new ExchangeFormatReader().read(dir.resolve("week.json")));
        return e.problems().get(0).message();
    }

    /**
     * A bracket that closes the wrong thing read "(for Array starting at [Source: REDACTED
     * (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 24])".
     */
    @Test
    void aWrongClosingBracketNamesWhereItsArrayWasOpenedWithoutTheParsersSwitches(@TempDir Path dir) throws Exception {
        String message = firstProblem(dir, "{\"title\": \"x\",\n \"sources\": [}\n");
        assertFalse(message.contains("REDACTED") || message.contains("StreamReadFeature") || message.contains("[Source"), message);
        assertTrue(message.contains("(to close the array opened at line 2, column 13)"), message);
    }

    /** The format's own description is JSON with comments; one copied read "('/' (code 47)): maybe a (non-standard) comment?". */
    @Test
    void aCommentIsSaidToHaveNoPlaceInJson(@TempDir Path dir) throws Exception {
        String message = firstProblem(dir, "{\n \"title\": \"x\",   // required\n}\n");
        assertTrue(message.contains("JSON has no comments"), message);
        assertFalse(message.contains("code 47") || message.contains("non-standard"), message);
    }

    /** "Illegal unquoted character ((CTRL-CHAR, code 9)): has to be escaped using backslash to be included in string value". */
    @Test
    void aTabOrControlCharacterInAStringSaysHowJsonWritesIt(@TempDir Path dir) throws Exception {
        String tab = firstProblem(dir, "{\"title\": \"a\tb\"}\n");
        assertTrue(tab.contains("a tab (U+0009) inside a string: JSON writes it as \\t"), tab);
        String escape = firstProblem(dir, "{\"title\": \"a\u001bb\"}\n");
        assertTrue(escape.contains("U+001B inside a string: JSON writes it as \\u001B"), escape);
        String between = firstProblem(dir, "{\"title\": \"The week of talks\", \"description\": \"x\",\n\u0000 \"zone\": \"UTC\"}\n");
        assertTrue(between.contains("U+0000 stands between the JSON's values"), between);
        for (String m : List.of(tab, escape, between)) {
            assertFalse(m.contains("CTRL-CHAR") || m.contains("code "), m);
        }
    }

    /** "Unexpected character ('t' (code 116)): was expecting double-quote to start field name": the code adds nothing. */
    @Test
    void anUnexpectedCharacterIsShownWithoutItsCode(@TempDir Path dir) throws Exception {
        String message = firstProblem(dir, "{title: \"x\"}\n");
        assertFalse(message.contains("code 116"), message);
        assertTrue(message.contains("a name without quotes, from 't': JSON writes names in double quotes"), message);
        assertEquals("Unexpected character '\u2014': was expecting comma",
                JsonErrors.plain("Unexpected character ('\u2014' (code 8212 / 0x2014)): was expecting comma"));
    }

    /**
     * A comma too many, single quotes, a missing colon or comma read in the parser's grammar words ("was
     * expecting double-quote to start field name"); each now says what is wrong in the file.
     */
    @Test
    void commonSlipsAreSaidInWordsNotInTheParsersGrammar(@TempDir Path dir) throws Exception {
        Map<String, String> said = new LinkedHashMap<>();
        said.put("{\"title\": \"x\", }", "a comma before '}' with no field after it");
        said.put("{'title': 'x'}", "a name in single quotes: JSON writes names in double quotes");
        said.put("{\"sources\": [1, 2, ]}", "a comma before ']' with no value after it");
        said.put("{\"title\" \"x\"}", "where a colon should stand between a field's name and its value");
        said.put("{\"a\": 1 \"b\": 2}", "where a comma should stand between two fields");
        said.put("{\"a\": [1 2]}", "where a comma should stand between two values");
        said.put("{\"a\": }", "'}' where a value should be");
        said.put("{\"a\": 'x'}", "a text in single quotes");
        for (Map.Entry<String, String> slip : said.entrySet()) {
            String message = firstProblem(dir, slip.getKey());
            assertTrue(message.contains(slip.getValue()), slip.getKey() + " -> " + message);
            assertFalse(message.contains("expecting") || message.contains("Unexpected"), message);
        }
    }

    /**
     * Where a file cut short stops, in words: it had said the parser's "expected close marker for Array (…)",
     * "within/between Object entries" or "was expecting closing quote for a string value".
     */
    @Test
    void whereACutShortFileEndsIsSaidInWords(@TempDir Path dir) throws Exception {
        Map<String, String> said = new LinkedHashMap<>();
        said.put("{\"title\": \"x\", \"events\": [", "(no ']' closes the array opened at line 1, column 26)");
        said.put("{\"title\": 12", "(no '}' closes the object opened at line 1, column 1)");
        said.put("{\"title\": \"x", "(inside a text, before its closing quote)");
        said.put("{\"tit", "(inside a field's name, before its closing quote)");
        said.put("{\"title\": \"x\",", "(inside an object, between its fields)");
        said.put("{\"events\": [1,", "(inside an array, between its values)");
        said.put("{\"title\": \"a\\u00", "(inside an escape such as \\n or \\u00e9)");
        for (Map.Entry<String, String> cut : said.entrySet()) {
            String message = firstProblem(dir, cut.getKey());
            assertTrue(message.contains("the file ends before its JSON does " + cut.getValue()
                    + ": it was cut short, or a bracket or quote is missing"), cut.getKey() + " -> " + message);
            assertFalse(message.contains("marker") || message.contains("expecting") || message.contains("/between"), message);
        }
    }

    /** A word after the dataset's closing brace is content after it, as "{}" there is: not "a text needs quotes". */
    @Test
    void aWordAfterTheDatasetIsContentAfterItsEnd(@TempDir Path dir) throws Exception {
        SpoiledWeek.copy(dir, "\"title\": \"The week of US", "\"title\": \"The week of US");
        Files.writeString(dir.resolve("week.json"), "xyz", StandardOpenOption.APPEND);
        Problem p = SpoiledWeek.onlyProblem(dir, "malformed JSON: unexpected content after the end of the dataset object", "");
        assertFalse(p.message().contains("not JSON"), p.message());
    }
}
