package org.parley.ui.source;

import org.junit.jupiter.api.Test;
import org.parley.model.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The find field reads words as the app's search does: case, accents, curly quotes and dashes aside. */
class ArticleFindTest {

    private static List<String> found(String text, String query) {
        return new ArticleFind(text).matches(query).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void findsEveryOccurrenceIgnoringCase() {
        assertEquals(List.of("Ryabkov", "RYABKOV"), found("Sergei Ryabkov said. RYABKOV left.", "ryabkov"));
    }

    @Test
    void aStraightApostropheFindsTheCurlyOneAndTheOtherWayRound() {
        String text = "Russia’s demands and Russia's answer";
        assertEquals(List.of("Russia’s", "Russia's"), found(text, "russia's"));
        assertEquals(List.of("Russia’s", "Russia's"), found(text, "Russia’s"));
    }

    @Test
    void accentsStrokesAndDashesAreReadAsTheSearchReadsThem() {
        assertEquals(List.of("Łukasz"), found("Minister Łukasz spoke", "lukasz"));
        assertEquals(List.of("Café"), found("the Café", "cafe"));
        assertEquals(List.of("NATO–Russia"), found("a NATO–Russia meeting", "NATO-Russia"));
        assertEquals(List.of("“moment of truth”"), found("the “moment of truth” is", "\"moment of truth\""));
    }

    @Test
    void aPhraseFindsItsWordsAcrossALineBreakOrDoubleSpace() {
        assertEquals(List.of("security\n  guarantees"), found("legal security\n  guarantees now", "Security guarantees"));
    }

    @Test
    void aDecomposedAccentIsPartOfTheMatch() {
        String text = "Cafe\u0301 au lait";
        assertEquals(List.of(new Span(0, 5)), new ArticleFind(text).matches("café"));
    }

    @Test
    void aBlankQueryOrOneNotInTheTextFindsNothing() {
        assertTrue(found("Geneva talks", "  ").isEmpty());
        assertTrue(found("Geneva talks", "Vienna").isEmpty());
    }

    @Test
    void matchesDoNotOverlap() {
        assertEquals(List.of(new Span(0, 2), new Span(2, 4)), new ArticleFind("aaaaa").matches("aa"));
    }
}
