package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parley.model.Span;

class SentenceAroundTest {

    private static String around(String text, String part) {
        int at = text.indexOf(part);
        return SentenceAround.of(text, new Span(at, at + part.length()));
    }

    @Test
    void aSentenceRunsFromTheLastOnesEndToItsOwn() {
        String text = "He left. Sam Greene said talks would not be \u201Cquick or easy\u201D but were worthwhile. Then rain.";
        assertEquals("Sam Greene said talks would not be \u201Cquick or easy\u201D but were worthwhile.",
                around(text, "quick or easy"));
    }

    @Test
    void titlesInitialsAndAbbreviationsDoNotEndIt() {
        String text = "Before. Ms. Sherman met Aleksandr V. Grushko of the U.S. and Russia talks on Jan. 12 in \u201Cgood faith.\u201D After.";
        assertEquals("Ms. Sherman met Aleksandr V. Grushko of the U.S. and Russia talks on Jan. 12 in \u201Cgood faith.\u201D",
                around(text, "good faith"));
    }

    @Test
    void aQuotationEndingItsSentenceEndsIt() {
        String text = "\u201CWe stand firm,\u201D she said. \u201CSo Russia has a choice.\u201D He nodded.";
        assertEquals("\u201CSo Russia has a choice.\u201D", around(text, "So Russia"));
    }

    @Test
    void aParagraphIsTheLongestItCanBe() {
        String text = "First paragraph ends\nSecond one has \u201Cwords\u201D and no stop\nThird";
        assertEquals("Second one has \u201Cwords\u201D and no stop", around(text, "words"));
    }
}
