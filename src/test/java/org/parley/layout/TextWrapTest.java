package org.parley.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines that fit a width, measured here at 10 px a character. */
class TextWrapTest {

    private static double measure(String s) {
        return s.length() * 10.0;
    }

    @Test
    void breaksAtSpaces() {
        assertEquals(List.of("NATO and", "Russia", "talk"), TextWrap.lines("NATO and Russia talk", 80, 3, TextWrapTest::measure));
    }

    @Test
    void endsWithAnEllipsisWhenLinesRunOut() {
        assertEquals(List.of("NATO and", "Russia…"), TextWrap.lines("NATO and Russia talk frankly", 80, 2,
                TextWrapTest::measure));
    }

    /** A sliver of a card gets one cut line, not a word spread down it: "Sh…", not "She" / "r…". */
    @Test
    void aSliverGetsOneCutLineNotAWordInPieces() {
        assertEquals(List.of("Sh…"), TextWrap.lines("Sherman calls demands non-starters", 30, 3, TextWrapTest::measure));
    }

    /** A word longer than a whole line is still broken, in pieces long enough to read. */
    @Test
    void aVeryLongWordIsBrokenIntoReadablePieces() {
        assertEquals(List.of("Telecommunicat", "ions"), TextWrap.lines("Telecommunications", 140, 3, TextWrapTest::measure));
    }

    /** A long word with a hyphen breaks after it: "counter-" / "measures", not "counter-measur" / "es". */
    @Test
    void aLongWordBreaksAfterItsHyphen() {
        assertEquals(List.of("warns of", "counter-", "measures"), TextWrap.lines("warns of counter-measures", 140, 3,
                TextWrapTest::measure));
    }

    /** Cut a character at a time, a long word of emoji was parted inside a surrogate pair: half a character, which a PDF cannot draw. */
    @Test
    void noCutPartsACharacter() {
        String word = "\uD83D\uDE00".repeat(30);
        for (double width = 15; width <= 205; width += 10) {
            List<String> all = new ArrayList<>(TextWrap.lines(word, width, 3, TextWrapTest::measure));
            all.add(TextWrap.ellipsize(word, width, TextWrapTest::measure));
            for (String line : all) {
                assertTrue(line.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF),
                        width + ": " + line);
            }
        }
    }
}
