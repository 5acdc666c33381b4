package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FtsQueryTest {

    /** What the article and the snippets mark is what the index found: a joined word or a phrase together. */
    @Test
    void theMarkedWordsAreTheJoinedWordOrPhraseWhole() {
        String text = "The Russian delegation heard Russia\u2019s demands; Russia's too. The central impasse, central.";
        assertEquals(List.of("Russia\u2019s", "Russia's"), marked(text, "Russia's"));
        assertEquals(List.of("central impasse"), marked(text, "\"central impasse\""));
        assertEquals(List.of("Russian", "Russia", "Russia"), marked(text, "Russia"), "the last word typed grows");
        assertEquals(List.of("delegation", "demands"), marked(text, "delegation OR demands"));
        assertEquals(List.of("Russian"), marked(text, "Russian NOT impasse"), "NOT's word is not marked");
    }

    /**
     * A number written with a thousands separator is one number: "10,000" marks "10,000" whole (not "10"
     * and "000" apart, the comma unmarked), never the "000" of "100,000", and is found only as written.
     */
    @Test
    void aNumberWithAThousandsSeparatorIsOneWord() {
        String text = "some 100,000 Russian troops; more than 10,000 Russian troops began exercises.";
        assertEquals(List.of("10,000"), marked(text, "10,000"));
        assertEquals(List.of("100,000"), marked(text, "100,000 troops").subList(0, 1));
        assertEquals(Optional.of("\"10,000\"*"), FtsQuery.of("10,000"));
        assertFalse(FtsQuery.matches("10,000", "10 tanks, 000 troops"), "its parts apart are not the number");
        assertTrue(FtsQuery.matches("10,000", "more than 10,000 troops"));
        assertEquals(List.of("Ukraine", "Georgia"), marked("Ukraine,Georgia", "Ukraine OR Georgia"),
                "a comma between words still parts them");
    }

    /**
     * An abbreviation's dot before a hyphen or dash still joins: "U.S.–Russia", copied from the app's own title,
     * and the Post's "U.S.-Russian" are one word, found and marked together, as "NATO–Russia" is.
     */
    @Test
    void anAbbreviationJoinedByADashIsOneWord() {
        String text = "U.S. officials see no sign of Russian forces drawing back. U.S.\u2013Russia talks; U.S.-Russian encounters.";
        assertEquals(List.of("U.S.\u2013Russia", "U.S.-Russian"), marked(text, "U.S.\u2013Russia"));
        assertEquals(List.of("U.S.-Russian"), marked(text, "U.S.-Russian"));
        assertEquals(Optional.of("\"U.S.-Russian\"*"), FtsQuery.of("U.S.-Russian"));
        assertFalse(FtsQuery.matches("U.S.\u2013Russia", "U.S. officials: no sign of Russian forces"), "apart, not the word");
        assertTrue(FtsQuery.matches("U.S.\u2013Russia", "U.S.\u2013Russia talks in Geneva"));
        assertTrue(FtsQuery.matches("U.S.", "U.S.\u2013Russia talks"), "its parts are still words of their own");
    }

    /** A sentence pasted whole is searched by its first words only: how many were left out is told, not hidden. */
    @Test
    void theWordsBeyondTheLimitAreCounted() {
        String words = String.join(" ", Collections.nCopies(FtsQuery.MAX_TOKENS, "talks"));
        assertEquals(0, FtsQuery.wordsLeftOut(words));
        assertEquals(0, FtsQuery.wordsLeftOut("\"" + words + "\""), "quotes are not words");
        assertEquals(3, FtsQuery.wordsLeftOut("\u201C" + words + " of U.S. officials\u201D"), "a joined word is one");
        assertEquals(0, FtsQuery.wordsLeftOut(""));
    }

    /** "the Kremlin" marks "the" where it stands beside "Kremlin", not every "the" of the article. */
    @Test
    void aFunctionWordIsMarkedOnlyBesideAWordSearchedFor() {
        String text = "The meeting was the second stop on a roadshow focused on the Kremlin. The Kremlin denied it.";
        assertEquals(List.of("the", "Kremlin", "The", "Kremlin"), marked(text, "the Kremlin"));
        assertEquals(List.of("The", "the", "the", "The"), marked(text, "the"), "searched for alone, it is marked");
        assertEquals(List.of("The", "meeting"), marked(text, "the meeting"), "not where it stands apart from the word");
    }

    private static List<String> marked(String text, String search) {
        return FtsQuery.wordSpans(text, 0, text.length(), search).stream().map(s -> text.substring(s.start(), s.end()))
                .toList();
    }

    @Test
    void wordsBecomeQuotedStringsAndTheLastAPrefix() {
        assertEquals(Optional.of("\"pastry\" \"menu\"*"), FtsQuery.of("pastry menu"));
        assertEquals(Optional.of("\"past\"*"), FtsQuery.of("past"));
    }

    @Test
    void syntaxIsDroppedAndOperatorsJoinWordsOrAreWordsOnTheirOwn() {
        assertEquals(Optional.of("\"col\" \"pastry\"*"), FtsQuery.of("col:pastry"));
        assertEquals(Optional.of("\"NEAR\" \"a\" \"b\"*"), FtsQuery.of("NEAR(a b)"), "no nearness search: NEAR is a word");
        assertEquals(Optional.of("\"Grushko\" \"pastry\"*"), FtsQuery.of("Grushko AND pastry"));
        assertEquals(Optional.of("(\"Łukasz\" OR \"Lukasz\") AND \"Jasiński\"*"), FtsQuery.of("Łukasz Jasiński"));
        assertEquals(Optional.of("\"Polish\" AND (\"Łódź\"* OR \"Lódź\"*)"), FtsQuery.of("Polish Łódź"));
        assertTrue(FtsQuery.matches("Łukasz", "Lukasz Jasina said"), "the actors' names are folded alike");
        assertTrue(FtsQuery.matches("lukasz", "Łukasz Jasina said"));
        assertEquals(Optional.of("\"near\" \"Russia\"*"), FtsQuery.of("near Russia"));
        assertEquals(Optional.of("\"OR\" \"NOT\"*"), FtsQuery.of("OR NOT"));
        // Capitals are read as an acronym too (its letters, as "O.S.C.E." is indexed); the SQL is only words.
        assertEquals(Optional.of("(\"DROP\" OR \"d r o p\") AND (\"TABLE\" OR \"t a b l e\") AND \"events\"*"),
                FtsQuery.of("'; DROP TABLE events; --"));
    }

    @Test
    void orAndNotBetweenTwoWordsAreKeptAndDroppedElsewhere() {
        assertEquals(Optional.of("\"Grushko\" NOT \"Fomin\""), FtsQuery.of("Grushko NOT Fomin"), "left out whole");
        assertEquals(Optional.of("\"Grushko\" OR \"Sherman\"*"), FtsQuery.of("Grushko OR Sherman"));
        assertEquals(Optional.empty(), FtsQuery.of("NOT Grushko"), "nothing to look for: said, not searched as Grushko");
        assertTrue(FtsQuery.problem("NOT Grushko").orElseThrow().contains("talks NOT Russia"));
        assertEquals(Optional.empty(), FtsQuery.problem("Grushko NOT Fomin"));
        assertEquals(Optional.empty(), FtsQuery.problem("   "));
        assertEquals(Optional.of("\"talks\"* NOT \"Russia\""), FtsQuery.of("NOT Russia talks"),
                "a NOT before the first word still excludes its word; the word typed last is the prefix");
        assertEquals(Optional.of("\"talks\"* NOT \"Russia\" NOT \"Putin\""), FtsQuery.of("NOT Russia NOT Putin talks"));
        assertEquals(Optional.of("\"Grushko\"*"), FtsQuery.of("Grushko OR"));
        assertEquals(Optional.of("\"a\" NOT \"b\""), FtsQuery.of("a OR NOT b"));
        assertEquals(Optional.of("(\"Sherman\" OR \"Grushko\") NOT \"Putin\""), FtsQuery.of("Sherman OR Grushko NOT Putin"),
                "a word after NOT is left out of every result, not only of the group OR puts it in");
        assertEquals(Optional.of("(\"a\" OR \"c\"*) NOT \"b\""), FtsQuery.of("a NOT b OR c"));
        assertTrue(!FtsQuery.matches("Sherman OR Grushko NOT Putin", "Sherman hopes the Russians brief Putin"));
        assertTrue(FtsQuery.matches("Sherman OR Grushko NOT Putin", "Sherman hopes the Russians brief the Kremlin"));
        assertTrue(!FtsQuery.matches("a NOT b OR c", "c and b"));
        assertEquals(Optional.of("\"a\" \"NEAR\" \"b\"*"), FtsQuery.of("a NEAR b"));
        assertEquals(Optional.of("\"Grushko\" \"or\" \"not\" \"Fomin\"*"), FtsQuery.of("Grushko or not Fomin"));
        assertEquals(List.of("Grushko"), FtsQuery.words("Grushko NOT Fomin"));
        assertEquals(List.of("Grushko", "Sherman"), FtsQuery.words("Grushko OR Sherman"));
    }

    @Test
    void textWithoutWordsGivesNoQuery() {
        for (String s : new String[] {null, "", "   ", "\"", "*", "-", ":", "()", "🙂🚀"}) {
            assertTrue(FtsQuery.of(s).isEmpty(), "for " + s);
        }
    }

    @Test
    void accentedAndNonLatinWordsStayWhole() {
        assertEquals(Optional.of("\"Café\" \"Лавров\"*"), FtsQuery.of("Café, Лавров!"));
    }

    @Test
    void embeddedQuotesAreDoubled() {
        assertEquals("\"a\"\"b\"", FtsQuery.quoted("a\"b"));
    }

    @Test
    void veryLongInputIsCapped() {
        String q = FtsQuery.of("word ".repeat(1000)).orElseThrow();
        assertEquals(FtsQuery.MAX_TOKENS, q.split(" ").length);
    }

    /** "Russia's" had been "russia" and a prefix "s": every passage with Russia and any word in s. */
    @Test
    void wordsJoinedByAnApostropheADotOrAHyphenAreOnePhrase() {
        assertEquals(Optional.of("\"Russia's\""), FtsQuery.of("Russia's"));
        assertEquals(Optional.of("\"Russia\u2019s\""), FtsQuery.of("Russia\u2019s"));
        assertEquals(Optional.of("\"U.S\""), FtsQuery.of("U.S."));
        assertEquals("the " + SearchHit.MARK_START + "U.S." + SearchHit.MARK_END + " delegation",
                FtsQuery.marked("the U.S. delegation", "U.S."), "an abbreviation is marked with its last dot");
        // "US" in capitals is the papers' "U.S." too; "us" is only the word.
        assertEquals(Optional.of("(\"US\" OR \"u s\")"), FtsQuery.of("US"));
        // Typed whole, not as a prefix: "US" had found "use", "uses" and "using".
        assertFalse(FtsQuery.matches("US", "the uses of force"));
        assertEquals(Optional.of("\"us\"*"), FtsQuery.of("us"));
        assertTrue(FtsQuery.matches("US officials", "U.S. officials said"));
        assertEquals("the " + SearchHit.MARK_START + "U.S." + SearchHit.MARK_END + " side",
                FtsQuery.marked("the U.S. side", "US"));
        assertEquals("in " + SearchHit.MARK_START + "Russia" + SearchHit.MARK_END + ".",
                FtsQuery.marked("in Russia.", "Russia"), "a full stop is not the word's");
        assertEquals(Optional.of("\"Sherman's\" \"talks\"*"), FtsQuery.of("Sherman's talks"));
        assertEquals(Optional.of("\"counter-meas\"*"), FtsQuery.of("counter-meas"), "a long last part is still a prefix");
        assertEquals(Optional.of("\"a\" \"b\"*"), FtsQuery.of("a - b"), "a hyphen between spaces joins nothing");
        assertEquals(List.of("Russia"), FtsQuery.words("Russia's"));
        assertEquals(List.of("counter", "measures"), FtsQuery.words("counter-measures"));
    }

    /** Words between double quotes are one phrase: together, in order, and exact once the quote is closed. */
    @Test
    void quotedWordsAreAPhrase() {
        assertEquals(Optional.of("\"central impasse\""), FtsQuery.of("\"central impasse\""));
        assertEquals(Optional.of("\"central impasse\""), FtsQuery.of("\u201Ccentral impasse\u201D"), "curly quotes too");
        assertEquals(Optional.of("\"central imp\"*"), FtsQuery.of("\"central imp"), "still typing: the phrase so far");
        assertEquals(Optional.of("\"NATO and R\"*"), FtsQuery.of("\"NATO and R"), "a new word begun is a prefix");
        assertEquals(Optional.of("\"U.S\""), FtsQuery.of("\"U.S."), "the last letter of a joined word is whole");
        assertEquals(Optional.of("\"Sherman\" \"no breakthrough\""), FtsQuery.of("Sherman \"no breakthrough\""));
        assertEquals(Optional.of("\"talks\" NOT \"Russia's demands\""), FtsQuery.of("talks NOT \"Russia's demands\""));
        assertEquals(Optional.of("\"NOT Russia\""), FtsQuery.of("\"NOT Russia\""), "an operator in quotes is a word");
        assertEquals(List.of("central", "impasse"), FtsQuery.words("\"central impasse\""));
    }

    @Test
    void textIsMatchedAsTheIndexMatchesIt() {
        String names = "Alexander Grushko\nAleksandr V. Grushko";
        assertTrue(FtsQuery.matches("alexander grushko", names));
        assertTrue(FtsQuery.matches("\"Aleksandr V. Grushko\"", names));
        assertTrue(!FtsQuery.matches("\"Grushko Aleksandr\"", names), "a phrase keeps its order");
        assertTrue(!FtsQuery.matches("\"Grushko Aleksandr\"", "Alexander Grushko\nAleksandr"),
                "nor runs across two names");
        assertTrue(FtsQuery.matches("ALEKSANDR gru", names), "case aside, the last word a prefix");
        assertTrue(!FtsQuery.matches("\"gru\"", names), "a closed quote is exact");
        assertTrue(FtsQuery.matches("Sherman OR Grushko", names));
        assertTrue(!FtsQuery.matches("Grushko NOT Aleksandr", names));
    }

    /** The NYT writes "O.S.C.E.", the Post "OSCE": either typed finds both. "U.S." undotted would be "us". */
    @Test
    void acronymsFindTheirDottedAndUndottedSpellings() {
        assertEquals(Optional.of("(\"OSCE\"* OR \"o s c e\")"), FtsQuery.of("OSCE"));
        assertEquals(Optional.of("(\"O.S.C.E\" OR \"osce\")"), FtsQuery.of("O.S.C.E."));
        assertEquals(FtsQuery.of("O.S.C.E."), FtsQuery.of("O.S.C.E"), "the last dot or none");
        assertEquals(Optional.of("(\"US\" OR \"u s\")"), FtsQuery.of("US"));
        assertEquals(Optional.of("\"U.S\""), FtsQuery.of("U.S."));
    }
}
