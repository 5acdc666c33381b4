package org.parley.render.graph;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a long actor name is broken onto lines for the network. */
class LabelLinesTest {

    private static final ToDoubleFunction<String> MEASURE = t -> t.length() * 6.5;

    @Test
    void aShortNameStaysOnOneLine() {
        assertEquals(List.of(List.of("Wendy Sherman")), LabelLines.forms("Wendy Sherman", MEASURE));
    }

    @Test
    void aLongNameIsAlsoOfferedOnTwoAndThreeLinesOfWholeWordsEachNarrower() {
        String name = "Ministry of Foreign Affairs of the Russian Federation";
        List<List<String>> forms = LabelLines.forms(name, MEASURE);
        assertEquals(3, forms.size(), forms.toString());
        for (int i = 0; i < forms.size(); i++) {
            List<String> lines = forms.get(i);
            assertEquals(i + 1, lines.size(), lines.toString());
            assertEquals(name, String.join(" ", lines), "whole words, in order, none lost");
            if (i > 0) {
                assertTrue(LabelLines.width(lines, MEASURE) < LabelLines.width(forms.get(i - 1), MEASURE), lines.toString());
            }
        }
        // About even: no line of the two is more than twice the other.
        List<String> two = forms.get(1);
        assertTrue(two.get(0).length() <= 2 * two.get(1).length() && two.get(1).length() <= 2 * two.get(0).length(),
                two.toString());
    }

    @Test
    void aLongSingleWordCannotBeBroken() {
        String word = "Bundesverfassungsgerichtspräsident";
        assertEquals(List.of(List.of(word)), LabelLines.forms(word, MEASURE));
    }
}
